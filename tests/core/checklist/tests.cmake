target_sources(core_tests PRIVATE
    checklist/checklisttesting.h
    checklist/test_checklistdata.cpp
    checklist/test_ruleengine.cpp
    checklist/test_answerset.cpp
    checklist/test_selfcheckstore.cpp)
