target_sources(spinesignal_core PRIVATE
    content/article.cpp content/article.h
    content/articleparser.cpp content/articleparser.h
    content/contentcatalogue.cpp content/contentcatalogue.h
    content/contentsearch.cpp content/contentsearch.h
    content/inlinetext.cpp content/inlinetext.h
)
