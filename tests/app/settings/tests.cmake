target_sources(app_tests PRIVATE
    settings/test_datasettings.cpp
    settings/test_remindercontroller.cpp
    settings/test_reminderschedule.cpp
    settings/test_settingspage.cpp
    settings/test_singleinstance.cpp)
