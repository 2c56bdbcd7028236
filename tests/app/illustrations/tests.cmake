target_sources(app_tests PRIVATE
    illustrations/test_illustrations.cpp
    illustrations/illustrationrender.cpp illustrations/illustrationrender.h)
# The tests include the fixture and their helpers relative to tests/app.
target_include_directories(app_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
