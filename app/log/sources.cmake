target_sources(spinesignal_ui PRIVATE
    log/entryform.cpp log/entryform.h
    log/historycalendar.cpp log/historycalendar.h
    log/historymodel.cpp log/historymodel.h
    log/learnlinks.cpp log/learnlinks.h
    log/logarea.cpp log/logarea.h
    log/logpage.cpp log/logpage.h
    log/redflagpanel.cpp log/redflagpanel.h
    # Undo commands for log entries.
    commands/addentrycommand.cpp commands/addentrycommand.h
    commands/deleteentrycommand.cpp commands/deleteentrycommand.h
    commands/editentrycommand.cpp commands/editentrycommand.h
    commands/entrycommand.cpp commands/entrycommand.h
    # Reusable widgets the Log area owns; the leg map is shared (Trends heat map, summary image).
    widgets/intensityslider.cpp widgets/intensityslider.h
    widgets/legmapgeometry.cpp widgets/legmapgeometry.h
    widgets/legmappainter.cpp widgets/legmappainter.h
    widgets/legmappicture.h
    widgets/legmapwidget.cpp widgets/legmapwidget.h
    widgets/optionalspinbox.cpp widgets/optionalspinbox.h
    widgets/wrapcheckbox.cpp widgets/wrapcheckbox.h
)
