target_sources(cli_tests PRIVATE trends/test_samplecommand.cpp)
