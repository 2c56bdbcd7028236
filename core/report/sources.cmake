target_sources(spinesignal_core PRIVATE
    report/reporthtml.cpp report/reporthtml.h
    report/reportlanguage.cpp report/reportlanguage.h
    report/summarybuilder.cpp report/summarybuilder.h
    report/summarydata.h
    report/summarystats.cpp report/summarystats.h
)
