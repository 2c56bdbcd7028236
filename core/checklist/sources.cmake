target_sources(spinesignal_core PRIVATE
    checklist/answerset.cpp checklist/answerset.h
    checklist/checklist.cpp checklist/checklist.h
    checklist/checkresult.cpp checklist/checkresult.h
    checklist/condition.cpp checklist/condition.h
    checklist/episodemapping.cpp checklist/episodemapping.h
    checklist/localizedtext.h
    checklist/question.h
    checklist/rule.cpp checklist/rule.h
    checklist/ruleengine.cpp checklist/ruleengine.h
    checklist/selfcheckstore.cpp checklist/selfcheckstore.h
    checklist/selfchecktexts.cpp checklist/selfchecktexts.h
)
