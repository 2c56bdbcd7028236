target_sources(cli_tests PRIVATE check/test_cli_selfcheck.cpp)
