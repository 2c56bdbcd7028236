target_sources(app_tests PRIVATE
    log/test_legmapwidget.cpp
)
