target_sources(spinesignal_ui PRIVATE
    settings/appearance.cpp settings/appearance.h
    settings/autobackup.cpp settings/autobackup.h
    settings/datasettingsbox.cpp settings/datasettingsbox.h
    settings/remindersettingsbox.cpp settings/remindersettingsbox.h
    settings/settingsarea.cpp settings/settingsarea.h
    settings/settingspage.cpp settings/settingspage.h
)
