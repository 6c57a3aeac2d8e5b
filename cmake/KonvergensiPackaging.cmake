# SPDX-License-Identifier: GPL-3.0-or-later
# Installing and packaging Konvergensi (included at the end of the top CMakeLists.txt).
#   Linux:   cpack -G DEB   (scripts/package): programs in /usr/bin, desktop entry, MIME type
#            for .kvg, icons, AppStream metainfo, man pages, user guide, copyright, changelog.
#   Windows: cpack -G NSIS or -G WIX (docs/windows.md): programs and Qt (windeployqt) in one
#            folder, a Start-menu entry, the .kvg file type.
# The version is PROJECT_VERSION (project() in the top CMakeLists.txt); the release date is
# the one CHANGELOG.md gives that version.
include(GNUInstallDirs)

set(KONVERGENSI_APP_ID "id.konvergensi.Konvergensi")
set(KONVERGENSI_MAINTAINER "Tim Pengembang Konvergensi <tim@konvergensi.id>"
    CACHE STRING "Maintainer of the packages (Name <address>)")

# The release date of this version, from CHANGELOG.md ("## [0.1.0] - 2026-11-29").
file(READ "${PROJECT_SOURCE_DIR}/CHANGELOG.md" changelog_text)
string(REPLACE "." "\\." version_pattern "${PROJECT_VERSION}")
if(changelog_text MATCHES "\n## \\[${version_pattern}\\] - ([0-9]+-[0-9]+-[0-9]+)")
    set(KONVERGENSI_RELEASE_DATE "${CMAKE_MATCH_1}")
else()
    string(TIMESTAMP KONVERGENSI_RELEASE_DATE "%Y-%m-%d" UTC)
    message(STATUS "CHANGELOG.md has no section for ${PROJECT_VERSION}; release date today")
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/CHANGELOG.md")

if(WIN32)
    set(KONVERGENSI_DOC_DIR doc)
else()
    set(KONVERGENSI_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/konvergensi)
endif()

if(NOT WIN32)
    install(TARGETS konvergensi konvergensi-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# The user guide and its pictures (the program also carries them inside, at :/guide).
install(FILES ${PROJECT_SOURCE_DIR}/docs/panduan-pengguna.md DESTINATION ${KONVERGENSI_DOC_DIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/images DESTINATION ${KONVERGENSI_DOC_DIR}
    FILES_MATCHING PATTERN "*.png")

set(packaging_dir ${PROJECT_BINARY_DIR}/packaging)
if(UNIX AND NOT APPLE)
    set(linux ${PROJECT_SOURCE_DIR}/resources/linux)
    set(icons ${PROJECT_SOURCE_DIR}/resources/icons)

    install(FILES ${linux}/${KONVERGENSI_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${linux}/konvergensi.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages)
    configure_file(${linux}/${KONVERGENSI_APP_ID}.metainfo.xml
        ${packaging_dir}/${KONVERGENSI_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${packaging_dir}/${KONVERGENSI_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

    # Icons: the SVGs, and the PNGs scripts/render-icons made from them at hicolor sizes.
    set(hicolor ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
    install(FILES ${icons}/konvergensi.svg DESTINATION ${hicolor}/scalable/apps)
    install(FILES ${icons}/application-x-konvergensi-workspace.svg
        DESTINATION ${hicolor}/scalable/mimetypes)
    install(DIRECTORY ${icons}/hicolor/ DESTINATION ${hicolor} FILES_MATCHING PATTERN "*.png")

    # Man pages, the copyright file and the changelog as Debian wants them (gzip -9n).
    find_program(KONVERGENSI_GZIP gzip REQUIRED)
    set(gzipped "")
    foreach(page konvergensi.1 konvergensi-cli.1)
        add_custom_command(OUTPUT ${packaging_dir}/${page}.gz
            COMMAND ${KONVERGENSI_GZIP} -9nc ${PROJECT_SOURCE_DIR}/resources/man/${page}
                > ${packaging_dir}/${page}.gz
            DEPENDS ${PROJECT_SOURCE_DIR}/resources/man/${page}
            COMMENT "Compressing the man page ${page}" VERBATIM)
        install(FILES ${packaging_dir}/${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
        list(APPEND gzipped ${packaging_dir}/${page}.gz)
    endforeach()
    add_custom_command(OUTPUT ${packaging_dir}/changelog.gz
        COMMAND ${CMAKE_COMMAND} -DCHANGELOG=${PROJECT_SOURCE_DIR}/CHANGELOG.md
            -DOUTPUT=${packaging_dir}/changelog -DPACKAGE=konvergensi
            "-DMAINTAINER=${KONVERGENSI_MAINTAINER}"
            -P ${PROJECT_SOURCE_DIR}/cmake/DebianChangelog.cmake
        COMMAND ${KONVERGENSI_GZIP} -9nf ${packaging_dir}/changelog
        DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_SOURCE_DIR}/cmake/DebianChangelog.cmake
        COMMENT "Writing the Debian changelog from CHANGELOG.md" VERBATIM)
    list(APPEND gzipped ${packaging_dir}/changelog.gz)
    add_custom_target(konvergensi_packaging_files ALL DEPENDS ${gzipped})
    install(FILES ${packaging_dir}/changelog.gz ${linux}/copyright
        DESTINATION ${KONVERGENSI_DOC_DIR})
endif()

if(WIN32)
    # Qt's libraries and plugins beside the programs (windeployqt, through Qt's deploy
    # script), and the other DLLs the programs load (fmt, Boost, minizip, expat,
    # libxlsxwriter, zlib from vcpkg), found from the executables.
    qt_generate_deploy_app_script(TARGET konvergensi OUTPUT_SCRIPT konvergensi_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${konvergensi_deploy_script})
    install(TARGETS konvergensi konvergensi-cli
        RUNTIME_DEPENDENCIES
            PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "Qt6.*"
            POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll"
            DIRECTORIES $<TARGET_FILE_DIR:konvergensi>
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${KONVERGENSI_DOC_DIR})
endif()

# ---- CPack -------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME konvergensi)
set(CPACK_PACKAGE_VENDOR "Konvergensi")
set(CPACK_PACKAGE_CONTACT "${KONVERGENSI_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "stunting-reduction convergence workspace for Indonesian districts")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_EXECUTABLES konvergensi "Konvergensi")
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_PACKAGE_INSTALL_DIRECTORY Konvergensi)
    # NSIS: icons, Add/Remove Programs, and the .kvg type for every user of the PC (removed
    # again by the uninstaller).
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/konvergensi.ico)
    set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/konvergensi.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\konvergensi.exe")
    set(CPACK_NSIS_DISPLAY_NAME "Konvergensi ${PROJECT_VERSION}")
    set(CPACK_NSIS_PACKAGE_NAME "Konvergensi")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKLM "Software\Classes\.kvg" "" "Konvergensi.Workspace"
  WriteRegStr HKLM "Software\Classes\.kvg" "Content Type" "application/x-konvergensi-workspace"
  WriteRegStr HKLM "Software\Classes\Konvergensi.Workspace" "" "Konvergensi workspace"
  WriteRegStr HKLM "Software\Classes\Konvergensi.Workspace\DefaultIcon" "" "$INSTDIR\bin\konvergensi.exe,1"
  WriteRegStr HKLM "Software\Classes\Konvergensi.Workspace\shell\open\command" "" '"$INSTDIR\bin\konvergensi.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKLM "Software\Classes\Konvergensi.Workspace"
  ReadRegStr $0 HKLM "Software\Classes\.kvg" ""
  StrCmp $0 "Konvergensi.Workspace" 0 +2
  DeleteRegKey HKLM "Software\Classes\.kvg"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
    # WiX (cpack -G WIX): the same, as an MSI; the upgrade code stays the same for ever.
    set(CPACK_WIX_UPGRADE_GUID "6C0E7F0B-6D43-4E8B-9C55-2B6A0F3C9A11")
    set(CPACK_WIX_PRODUCT_ICON ${PROJECT_SOURCE_DIR}/resources/icons/konvergensi.ico)
    set(CPACK_WIX_PROGRAM_MENU_FOLDER Konvergensi)
    set(CPACK_WIX_PATCH_FILE ${PROJECT_SOURCE_DIR}/resources/windows/wix-patch.xml)
    # Both installers show the licence; WiX takes it as .txt (or .rtf) only.
    configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${packaging_dir}/LICENSE.txt COPYONLY)
    set(CPACK_RESOURCE_FILE_LICENSE ${packaging_dir}/LICENSE.txt)
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${KONVERGENSI_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION misc)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # Libraries from the binaries (dpkg-shlibdeps); Qt's plugins the program loads at run
    # time by name: the SQLite driver, the X11/Wayland platforms, SVG icons.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
    # The PostgreSQL driver for the office server (Berkas > Hubungkan ke server kantor),
    # installed by default but not needed for a workspace file; a keychain keeps server
    # passwords when the user agrees (QtKeychain talks to it through the Secret Service).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "fonts-noto-core | fonts-dejavu-core, xdg-utils, libqt6sql6-psql")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
    # The long description; CPack puts the summary line above it.
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
        "Konvergensi keeps the stunting-reduction work of an Indonesian district
(kabupaten/kota) in one workspace file: the TPPS meeting register with
decisions and follow-ups, the yearly locus villages and their convergence
scorecards, the 8 convergence actions and their progress report, prevalence
dashboards by kecamatan, desa and puskesmas, and the stunting case audit.
.
The interface is in Bahasa Indonesia (and English). The package holds the
desktop program konvergensi and the command line konvergensi-cli.")
endif()

include(CPack)
