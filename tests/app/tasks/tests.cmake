target_sources(app_tests PRIVATE
    tasks/test_taskrunner.cpp
)
