target_sources(app_tests PRIVATE trends/test_trendspage.cpp)
