target_sources(app_tests PRIVATE
    learn/test_learnpage.cpp
    learn/test_articlehtml.cpp
    learn/test_learnfigures.cpp)
target_include_directories(app_tests PRIVATE ${CMAKE_CURRENT_LIST_DIR}/..)
