target_sources(cli_tests PRIVATE summary/test_cli_summary.cpp)
