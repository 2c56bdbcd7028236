target_sources(core_tests PRIVATE
    storage_backup/test_backup.cpp
    storage_backup/test_backupcancel.cpp
)
