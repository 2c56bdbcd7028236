target_sources(spinesignal_core PRIVATE
    util/result.h
    util/taskprogress.h
)
