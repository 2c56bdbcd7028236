target_sources(app_tests PRIVATE
    tasks/gapmeter.cpp tasks/gapmeter.h
    tasks/test_responsiveness.cpp
    tasks/test_taskrunner.cpp
)
