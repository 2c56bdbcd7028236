target_sources(spinesignal_ui PRIVATE
    learn/illustrations/illustrationfactory.cpp learn/illustrations/illustrationfactory.h
)
