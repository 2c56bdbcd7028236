target_sources(spinesignal_ui PRIVATE
    cli/samplecommand.cpp cli/samplecommand.h
)
# Built on Qt Charts: in the chart-pages module (see app/CMakeLists.txt and mainwindow/chartpages.h).
target_sources(spinesignal_chartpages_objects PRIVATE
    trends/chartstyle.cpp trends/chartstyle.h
    trends/frequencychart.cpp trends/frequencychart.h
    trends/intensitychart.cpp trends/intensitychart.h
    trends/segmentedline.cpp trends/segmentedline.h
    trends/trendsarea.cpp trends/trendsarea.h
    trends/trendspage.cpp trends/trendspage.h
    trends/weeklychart.cpp trends/weeklychart.h
)
