target_sources(spinesignal_ui PRIVATE
    learn/learnarea.cpp learn/learnarea.h
)
include(learn/illustrations/sources.cmake)
