target_sources(app_tests PRIVATE check/test_selfcheckpage.cpp)
