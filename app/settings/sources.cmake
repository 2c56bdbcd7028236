target_sources(spinesignal_ui PRIVATE
    settings/settingsarea.cpp settings/settingsarea.h
)
