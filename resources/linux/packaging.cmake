# Desktop integration and the Debian package. Included at the end of the top-level CMakeLists.
#   cmake --install build/release --prefix /usr       binary, icons, .desktop, AppStream metainfo
#   cmake --build build/release --target package      spinesignal_<version>_<arch>.deb (CPack)
# Translations are embedded in the binary (qt_add_translations), so there is nothing else to install.
include(GNUInstallDirs)
set(spinesignal_app_id "io.github.spinesignal.SpineSignal")
set(spinesignal_linux_dir "${CMAKE_CURRENT_LIST_DIR}")

install(FILES "${spinesignal_linux_dir}/${spinesignal_app_id}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${spinesignal_linux_dir}/${spinesignal_app_id}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(DIRECTORY "${spinesignal_linux_dir}/icons/hicolor"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons")

# Validators: part of the test suite when the tools are installed (desktop-file-utils, appstream).
if(SPINESIGNAL_BUILD_TESTS)
    find_program(SPINESIGNAL_DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(SPINESIGNAL_APPSTREAMCLI appstreamcli)
    if(SPINESIGNAL_DESKTOP_FILE_VALIDATE)
        add_test(NAME desktop_integration.desktop_file_validates
                 COMMAND ${SPINESIGNAL_DESKTOP_FILE_VALIDATE} "${spinesignal_linux_dir}/${spinesignal_app_id}.desktop")
    endif()
    if(SPINESIGNAL_APPSTREAMCLI)
        add_test(NAME desktop_integration.metainfo_validates
                 COMMAND ${SPINESIGNAL_APPSTREAMCLI} validate --no-net
                         "${spinesignal_linux_dir}/${spinesignal_app_id}.metainfo.xml")
    endif()
endif()

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "spinesignal")
set(CPACK_PACKAGE_VENDOR "The SpineSignal authors")
set(CPACK_PACKAGE_CONTACT "The SpineSignal authors <spinesignal@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Leg symptoms of lumbar origin: learn, self-check, log, doctor summary")
set(CPACK_PACKAGE_DESCRIPTION
    "SpineSignal explains why calves and feet can feel sore, numb or weak when the lower back is the \
cause, checks symptoms against red flags, keeps a private log with a sit-break reminder and prepares \
a PDF summary for the doctor. Chinese and English. Education, not diagnosis.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SpineSignal")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/spinesignal/SpineSignal")
# Shared libraries are found by dpkg-shlibdeps; plugins Qt loads at run time are not, so name them:
# the SQLite driver (the store), the platform plugins (xcb windows) and the SVG icon engine; and a
# CJK font: Chinese is one of the app's two languages, and without one the Chinese window and the
# Chinese PDF for the doctor show boxes (seen on a fresh Debian 12 installed without Recommends).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, fonts-noto-cjk | fonts-wqy-zenhei | fonts-wqy-microhei")
# Qt's own dialogs in Chinese; native Wayland windows (qt6-qpa-plugins has xcb only: without
# qt6-wayland a Wayland session shows the app through XWayland).
# Both checked on a fresh Debian 12 by tests/packaging/deb-fresh-install.sh (docs/packaging.md).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
include(CPack)
