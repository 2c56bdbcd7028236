target_sources(spinesignal_ui PRIVATE
    check/checkarea.cpp check/checkarea.h
)
