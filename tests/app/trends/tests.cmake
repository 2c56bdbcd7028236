target_sources(app_tests PRIVATE trends/test_trendspage.cpp)
# The tests look into the charts' series; spinesignal_ui links Qt Charts privately.
find_package(Qt6 REQUIRED COMPONENTS Charts)
target_link_libraries(app_tests PRIVATE Qt6::Charts)
