target_sources(app_tests PRIVATE
    log/test_historymodel.cpp
    log/test_intensityslider.cpp
    log/test_legmapwidget.cpp
    log/test_logpage.cpp
)
