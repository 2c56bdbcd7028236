target_sources(spinesignal_core PRIVATE
    util/result.h
)
