# Resources the UI library embeds (illustrations). Globbed so each area can add files
# without touching this list; CONFIGURE_DEPENDS re-globs on every build.
file(GLOB_RECURSE spinesignal_ui_resource_files CONFIGURE_DEPENDS
    RELATIVE ${CMAKE_CURRENT_LIST_DIR}
    ${CMAKE_CURRENT_LIST_DIR}/illustrations/*)
set(spinesignal_ui_resource_paths "")
foreach(file IN LISTS spinesignal_ui_resource_files)
    list(APPEND spinesignal_ui_resource_paths ${CMAKE_CURRENT_LIST_DIR}/${file})
endforeach()
qt_add_resources(spinesignal_ui "spinesignal_ui_resources"
    PREFIX "/"
    BASE ${CMAKE_CURRENT_LIST_DIR}
    FILES ${spinesignal_ui_resource_paths})

# The window and tray icon as the PNG sizes the desktop files install (rendered from the SVG): a
# QIcon of PNGs needs no image plugin, where the SVG one loads Qt's SVG icon engine at start-up.
set(spinesignal_ui_icon_pngs "")
foreach(size 16 24 32 48 64 128)
    list(APPEND spinesignal_ui_icon_pngs
         ${CMAKE_CURRENT_LIST_DIR}/linux/icons/hicolor/${size}x${size}/apps/io.github.spinesignal.SpineSignal.png)
endforeach()
qt_add_resources(spinesignal_ui "spinesignal_ui_icon_sizes"
    PREFIX "/icons"
    BASE ${CMAKE_CURRENT_LIST_DIR}/linux/icons
    FILES ${spinesignal_ui_icon_pngs})
