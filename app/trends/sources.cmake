target_sources(spinesignal_ui PRIVATE
    trends/trendsarea.cpp trends/trendsarea.h
)
