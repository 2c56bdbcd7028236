target_sources(core_tests PRIVATE storage_backup/test_backup.cpp)
