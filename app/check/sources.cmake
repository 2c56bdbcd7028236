target_sources(spinesignal_ui PRIVATE
    check/articlelinks.cpp check/articlelinks.h
    check/checkarea.cpp check/checkarea.h
    check/questionview.cpp check/questionview.h
    check/resultview.cpp check/resultview.h
    check/selfcheckpage.cpp check/selfcheckpage.h
    # The --self-check command lives with the other commands but belongs to this area.
    cli/selfcheckcommand.cpp cli/selfcheckcommand.h
)
