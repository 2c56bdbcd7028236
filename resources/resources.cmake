# Resources the UI library embeds (illustrations, icons). Globbed so each area can add files
# without touching this list; CONFIGURE_DEPENDS re-globs on every build.
file(GLOB_RECURSE spinesignal_ui_resource_files CONFIGURE_DEPENDS
    RELATIVE ${CMAKE_CURRENT_LIST_DIR}
    ${CMAKE_CURRENT_LIST_DIR}/icons/*
    ${CMAKE_CURRENT_LIST_DIR}/illustrations/*)
set(spinesignal_ui_resource_paths "")
foreach(file IN LISTS spinesignal_ui_resource_files)
    list(APPEND spinesignal_ui_resource_paths ${CMAKE_CURRENT_LIST_DIR}/${file})
endforeach()
qt_add_resources(spinesignal_ui "spinesignal_ui_resources"
    PREFIX "/"
    BASE ${CMAKE_CURRENT_LIST_DIR}
    FILES ${spinesignal_ui_resource_paths})
