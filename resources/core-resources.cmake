# Data that core reads (the article content, the checklist questions and rules): embedded in the core
# library so that core's own tests see exactly what the app ships.
file(GLOB_RECURSE spinesignal_core_resource_files CONFIGURE_DEPENDS
    RELATIVE ${CMAKE_CURRENT_LIST_DIR}
    ${CMAKE_CURRENT_LIST_DIR}/content/*
    ${CMAKE_CURRENT_LIST_DIR}/checklist/*)
if(spinesignal_core_resource_files)
    set(spinesignal_core_resource_paths "")
    foreach(file IN LISTS spinesignal_core_resource_files)
        list(APPEND spinesignal_core_resource_paths ${CMAKE_CURRENT_LIST_DIR}/${file})
    endforeach()
    qt_add_resources(spinesignal_core "spinesignal_core_resources"
        PREFIX "/"
        BASE ${CMAKE_CURRENT_LIST_DIR}
        FILES ${spinesignal_core_resource_paths})
endif()
