target_sources(spinesignal_ui PRIVATE
    cli/samplecommand.cpp cli/samplecommand.h
    trends/trendsarea.cpp trends/trendsarea.h
)
