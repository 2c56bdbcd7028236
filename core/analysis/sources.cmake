target_sources(spinesignal_core PRIVATE
    analysis/daysummary.cpp analysis/daysummary.h
    analysis/dayseries.cpp analysis/dayseries.h
    analysis/frequencies.cpp analysis/frequencies.h
    analysis/habitcomparison.cpp analysis/habitcomparison.h
    analysis/reliefoutcome.cpp analysis/reliefoutcome.h
    analysis/samplegenerator.cpp analysis/samplegenerator.h
    analysis/trend.cpp analysis/trend.h
    analysis/trendtext.cpp analysis/trendtext.h
)
