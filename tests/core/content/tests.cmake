target_sources(core_tests PRIVATE
    content/test_articleparser.cpp
    content/test_contentcatalogue.cpp
    content/test_articlecompleteness.cpp
    content/test_contentsearch.cpp)
# The article as the person gave it, to prove no paragraph of it is missing from the Chinese pages.
target_compile_definitions(core_tests PRIVATE
    SPINESIGNAL_ARTICLE_COPY="${PROJECT_SOURCE_DIR}/tests/data/article.zh_CN.txt")
