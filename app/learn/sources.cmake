target_sources(spinesignal_ui PRIVATE
    learn/articlehtml.cpp learn/articlehtml.h
    learn/articleview.cpp learn/articleview.h
    learn/learnarea.cpp learn/learnarea.h
    learn/learnpage.cpp learn/learnpage.h
    learn/onwardbutton.cpp learn/onwardbutton.h
    learn/readingfont.cpp learn/readingfont.h
    learn/searchpanel.cpp learn/searchpanel.h
    learn/tableofcontents.cpp learn/tableofcontents.h
)
include(learn/illustrations/sources.cmake)
