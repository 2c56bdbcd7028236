target_sources(core_tests PRIVATE
    analysis/test_daysummary.cpp
    analysis/test_dayseries.cpp
    analysis/test_trend.cpp
    analysis/test_comparisons.cpp
    analysis/test_samplegenerator.cpp
)
