target_sources(spinesignal_ui PRIVATE
    reminders/breakrecorder.cpp reminders/breakrecorder.h
    reminders/reminderbanner.cpp reminders/reminderbanner.h
    reminders/remindercontroller.cpp reminders/remindercontroller.h
    reminders/reminderschedule.cpp reminders/reminderschedule.h
)
