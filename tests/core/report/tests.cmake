target_sources(core_tests PRIVATE
    report/summaryfixture.cpp report/summaryfixture.h
    report/test_summarybuilder.cpp
    report/test_summarystats.cpp
    report/test_reporthtml.cpp
)
