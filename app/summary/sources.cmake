target_sources(spinesignal_ui PRIVATE
    cli/exportcommands.cpp cli/exportcommands.h
    summary/entrytablepainter.cpp summary/entrytablepainter.h
    summary/pdftextlayer.cpp summary/pdftextlayer.h
    summary/questionlisteditor.cpp summary/questionlisteditor.h
    summary/reportcontent.cpp summary/reportcontent.h
    summary/reportpainter.cpp summary/reportpainter.h
    summary/trendchartpainter.cpp summary/trendchartpainter.h
)
# The page and its jobs print through Qt PrintSupport: in the chart-pages module (see
# app/CMakeLists.txt and mainwindow/chartpages.h).
target_sources(spinesignal_chartpages_objects PRIVATE
    summary/summaryarea.cpp summary/summaryarea.h
    summary/summaryjobs.cpp summary/summaryjobs.h
    summary/summarypage.cpp summary/summarypage.h
)
