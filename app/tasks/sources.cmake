target_sources(spinesignal_ui PRIVATE
    tasks/taskprogressdialog.cpp tasks/taskprogressdialog.h
    tasks/taskrunner.cpp tasks/taskrunner.h
)
