# Installation layout and packages (included from the top-level CMakeLists.txt).
#
#   cmake --install build --prefix /some/where   bin/mailfix, bin/mailfix-cli, share/mailfix/ (example
#                                                deployment settings, README, licences), and on Linux
#                                                share/applications/mailfix.desktop and the icon
#   cd build && cpack -G DEB                     mailfix_<version>_<arch>.deb (Linux; tested by
#                                                tests/package/test-deb.sh)
#   cpack -G NSIS / -G WIX (Windows), cpack -G DragNDrop (macOS): recipes below; they are written for
#   those platforms but cannot be built or tested on the Linux machine this project is developed on.
include(GNUInstallDirs)

set(MAILFIX_SHARE_DIR "${CMAKE_INSTALL_DATADIR}/mailfix")
install(FILES
    ${PROJECT_SOURCE_DIR}/resources/deployment/mailfix.conf.example
    ${PROJECT_SOURCE_DIR}/README.md
    ${PROJECT_SOURCE_DIR}/resources/providers/ISPDB-LICENSE.txt
    ${PROJECT_SOURCE_DIR}/resources/licences/THIRD-PARTY-NOTICES.txt
    DESTINATION ${MAILFIX_SHARE_DIR})

if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/desktop/mailfix.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/mailfix.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# --- Windows: windeployqt puts Qt's DLLs and plugins beside the programs; NSIS or WiX make the installer.
set(mailfix_qt_bin "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(WIN32)
    # Not REQUIRED: a Qt cross-built on Linux (scripts/windows) has no windeployqt; there
    # scripts/windows/package.sh assembles the folder instead.
    find_program(MAILFIX_WINDEPLOYQT windeployqt HINTS "${mailfix_qt_bin}")
    # MailFix needs OpenSSL 3 (Qt's "openssl" TLS backend): its DLLs are not part of Qt's deployment.
    set(MAILFIX_OPENSSL_DLLS "" CACHE FILEPATH
        "libssl-3-x64.dll and libcrypto-3-x64.dll to ship beside mailfix.exe (a ;-list)")
    if(MAILFIX_OPENSSL_DLLS)
        install(FILES ${MAILFIX_OPENSSL_DLLS} DESTINATION ${CMAKE_INSTALL_BINDIR})
    else()
        message(WARNING "MAILFIX_OPENSSL_DLLS is empty: the package will not make encrypted connections "
                        "unless OpenSSL 3 is installed on the target machine")
    endif()
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries) # the MSVC runtime
    if(MAILFIX_WINDEPLOYQT)
        install(CODE "
            set(bin \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
            execute_process(COMMAND \"${MAILFIX_WINDEPLOYQT}\" --release --no-compiler-runtime
                                    --no-translations --no-system-d3d-compiler --no-opengl-sw
                                    \"\${bin}/mailfix.exe\" \"\${bin}/mailfix-cli.exe\"
                            COMMAND_ERROR_IS_FATAL ANY)
        ")
    else()
        message(STATUS "No windeployqt: cmake --install leaves out Qt's DLLs and plugins "
                       "(scripts/windows/package.sh ships them)")
    endif()
    set(CPACK_GENERATOR "NSIS;WIX")
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "MailFix")
    set(CPACK_PACKAGE_EXECUTABLES "mailfix;MailFix") # Start menu shortcut
    set(CPACK_NSIS_DISPLAY_NAME "MailFix")
    set(CPACK_NSIS_PACKAGE_NAME "MailFix ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\mailfix.exe")
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put mailfix-cli on the PATH, for scripts
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # WiX: the upgrade code must never change, so that a new version replaces the old one.
    set(CPACK_WIX_UPGRADE_GUID "6B0E7C55-4E0C-4F6B-9C61-2B7E5C1A9D3F")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "MailFix")
endif()

# --- macOS: an application bundle with mailfix-cli inside it; macdeployqt adds Qt's frameworks; DMG.
if(APPLE)
    set_target_properties(mailfix PROPERTIES
        OUTPUT_NAME MailFix
        MACOSX_BUNDLE_BUNDLE_NAME "MailFix"
        MACOSX_BUNDLE_GUI_IDENTIFIER "com.mailfix.MailFix"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_LONG_VERSION_STRING "MailFix ${PROJECT_VERSION}"
        MACOSX_BUNDLE_INFO_STRING "${PROJECT_DESCRIPTION}"
        MACOSX_BUNDLE_COPYRIGHT "MailFix")
    find_program(MAILFIX_MACDEPLOYQT macdeployqt HINTS "${mailfix_qt_bin}" REQUIRED)
    install(CODE "
        set(app \"\${CMAKE_INSTALL_PREFIX}/MailFix.app\")
        execute_process(COMMAND \"${MAILFIX_MACDEPLOYQT}\" \"\${app}\"
                                \"-executable=\${app}/Contents/MacOS/mailfix-cli\" -always-overwrite
                        COMMAND_ERROR_IS_FATAL ANY)
    ")
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "MailFix ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
endif()

# --- CPack: what every package shares, and the Debian package.
set(CPACK_PACKAGE_NAME "mailfix")
set(CPACK_PACKAGE_VENDOR "MailFix")
set(CPACK_PACKAGE_CONTACT "MailFix maintainers <mailfix@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "MailFix finds out why a mail program cannot send (authentication, ports, encryption, certificates, "
    "blocked ports, provider settings) by talking to the mail server the way the program does, and shows "
    "the fix. It comes as a wizard (mailfix) and a console program for technicians and scripts (mailfix-cli).")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_RESOURCE_FILE_README "${PROJECT_SOURCE_DIR}/README.md")
# shown by the NSIS and WiX installers (CMake's own licence text would be shown otherwise)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/resources/licences/THIRD-PARTY-NOTICES.txt")
set(CPACK_STRIP_FILES ON)
if(NOT CPACK_GENERATOR)
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # mailfix_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION "mail")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The Qt and C++ libraries come from dpkg-shlibdeps; OpenSSL is loaded at run time by Qt's TLS plugin,
# so dpkg-shlibdeps cannot see it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libssl3")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6") # SVG logos in the deployment settings
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
