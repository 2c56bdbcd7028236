target_sources(app_tests PRIVATE
    summary/test_summarypage.cpp
    summary/test_reportpainter.cpp
)
