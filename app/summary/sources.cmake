target_sources(spinesignal_ui PRIVATE
    cli/exportcommands.cpp cli/exportcommands.h
    summary/pdftextlayer.cpp summary/pdftextlayer.h
    summary/reportcontent.cpp summary/reportcontent.h
    summary/reportpainter.cpp summary/reportpainter.h
    summary/summaryarea.cpp summary/summaryarea.h
    summary/trendchartpainter.cpp summary/trendchartpainter.h
)
