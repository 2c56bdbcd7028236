target_sources(spinesignal_ui PRIVATE
    log/logarea.cpp log/logarea.h
)
