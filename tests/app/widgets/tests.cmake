target_sources(app_tests PRIVATE
    widgets/test_wraplabel.cpp)
