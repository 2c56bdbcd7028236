target_sources(spinesignal_ui PRIVATE
    log/logarea.cpp log/logarea.h
    # The leg map is shared (Trends heat map, summary image); the Log area owns and builds it.
    widgets/legmapgeometry.cpp widgets/legmapgeometry.h
    widgets/legmappainter.cpp widgets/legmappainter.h
    widgets/legmappicture.h
    widgets/legmapwidget.cpp widgets/legmapwidget.h
    widgets/intensityslider.cpp widgets/intensityslider.h
)
