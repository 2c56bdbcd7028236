target_sources(app_tests PRIVATE
    widgets/test_chinesefont.cpp
    widgets/test_wraplabel.cpp)
