# zh_CN is the complete Chinese UI; en only carries plural forms (the source strings are English).
# `cmake --build --preset dev --target update_translations` refreshes both from app/ and core/.
get_target_property(spinesignal_core_sources spinesignal_core SOURCES)
list(FILTER spinesignal_core_sources INCLUDE REGEX "\\.(cpp|h)$")
list(TRANSFORM spinesignal_core_sources PREPEND "${PROJECT_SOURCE_DIR}/core/")
get_target_property(spinesignal_ui_sources spinesignal_ui SOURCES)
list(FILTER spinesignal_ui_sources INCLUDE REGEX "\\.(cpp|h)$")
list(FILTER spinesignal_ui_sources EXCLUDE REGEX "^/")
list(TRANSFORM spinesignal_ui_sources PREPEND "${PROJECT_SOURCE_DIR}/app/")
get_target_property(spinesignal_chartpages_sources spinesignal_chartpages_objects SOURCES)
list(FILTER spinesignal_chartpages_sources INCLUDE REGEX "\\.(cpp|h)$")
list(FILTER spinesignal_chartpages_sources EXCLUDE REGEX "^/")
list(TRANSFORM spinesignal_chartpages_sources PREPEND "${PROJECT_SOURCE_DIR}/app/")
qt_add_translations(spinesignal_ui
    TS_FILES
        ${CMAKE_CURRENT_LIST_DIR}/spinesignal_zh_CN.ts
        ${CMAKE_CURRENT_LIST_DIR}/spinesignal_en.ts
    SOURCES ${spinesignal_core_sources} ${spinesignal_ui_sources} ${spinesignal_chartpages_sources}
    LUPDATE_OPTIONS -no-obsolete -locations none)
