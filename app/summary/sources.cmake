target_sources(spinesignal_ui PRIVATE
    summary/summaryarea.cpp summary/summaryarea.h
)
