target_sources(spinesignal_ui PRIVATE
    # The user guide's screenshot renderer (a headless command, listed in cli/clicommands.cpp).
    cli/renderscreenshotscommand.cpp cli/renderscreenshotscommand.h
    settings/appearance.cpp settings/appearance.h
    settings/autobackup.cpp settings/autobackup.h
    settings/datasettingsbox.cpp settings/datasettingsbox.h
    settings/remindersettingsbox.cpp settings/remindersettingsbox.h
    settings/settingsarea.cpp settings/settingsarea.h
    settings/settingspage.cpp settings/settingspage.h
)
