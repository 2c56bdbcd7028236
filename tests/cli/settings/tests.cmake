target_sources(cli_tests PRIVATE settings/test_cli_settings.cpp)
