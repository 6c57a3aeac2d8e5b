# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSOURCE_DIR=<repository> -DVERSION=<PROJECT_VERSION> -DWORK_DIR=<dir> -P this
# Checks that the desktop entry, the MIME type, the AppStream metainfo, the icons, the man
# pages and CHANGELOG.md fit together: the desktop entry opens .kvg files with `konvergensi
# %f`, the metainfo names that entry, every PNG icon has the size its folder says, and the
# changelog has a dated section for the project's version that becomes the Debian changelog.
cmake_minimum_required(VERSION 3.25)
set(problems "")
# require(VARIABLE REGEX MESSAGE): the problem MESSAGE unless VARIABLE's text matches REGEX.
function(require variable regex message)
    if(NOT "${${variable}}" MATCHES "${regex}")
        set(problems ${problems} "${message}" PARENT_SCOPE)
    endif()
endfunction()

set(id "id.konvergensi.Konvergensi")
set(linux "${SOURCE_DIR}/resources/linux")
set(type "application/x-konvergensi-workspace")

# Desktop entry.
file(READ "${linux}/${id}.desktop" desktop)
foreach(line "Exec=konvergensi %f" "Icon=konvergensi" "Type=Application" "Terminal=false")
    require(desktop "\n${line}\n" "desktop entry: no line ${line}")
endforeach()
require(desktop "\nMimeType=([^\n]*;)?${type};" "desktop entry: MimeType lacks ${type}")
require(desktop "\nGenericName\\[id\\]=" "desktop entry: no Indonesian name")
require(desktop "\nComment\\[id\\]=" "desktop entry: no Indonesian comment")
foreach(keys "Keywords" "Keywords\\[id\\]")
    foreach(word stunting TPPS konvergensi)
        require(desktop "\n${keys}=([^\n]*;)?${word};" "desktop entry: ${keys} lacks ${word}")
    endforeach()
endforeach()

# MIME type.
file(READ "${linux}/konvergensi.xml" mime)
require(mime "<mime-type type=\"${type}\">" "MIME: no type ${type}")
require(mime "<glob pattern=\"\\*\\.kvg\"/>" "MIME: no *.kvg glob")
require(mime "value=\"SQLite format 3\" offset=\"0\"" "MIME: no SQLite magic")
require(mime "<sub-class-of type=\"application/vnd.sqlite3\"/>" "MIME: not a kind of SQLite")
require(mime "<icon name=\"application-x-konvergensi-workspace\"/>" "MIME: no icon")

# AppStream metainfo.
file(READ "${linux}/${id}.metainfo.xml" metainfo)
require(metainfo "<id>${id}</id>" "metainfo: id is not ${id}")
require(metainfo "<launchable type=\"desktop-id\">${id}.desktop</launchable>"
    "metainfo: launchable is not ${id}.desktop")
require(metainfo "<project_license>GPL-3.0-or-later</project_license>"
    "metainfo: licence is not GPL-3.0-or-later")
require(metainfo "<mediatype>${type}</mediatype>" "metainfo: no mediatype ${type}")
require(metainfo "<release version=\"@PROJECT_VERSION@\" date=\"@KONVERGENSI_RELEASE_DATE@\">"
    "metainfo: the release is not filled from the project's version and date")

# Icons: the SVGs, and each PNG as large as its folder says (the IHDR width and height).
foreach(svg konvergensi application-x-konvergensi-workspace)
    if(NOT EXISTS "${SOURCE_DIR}/resources/icons/${svg}.svg")
        list(APPEND problems "icon: no ${svg}.svg")
    endif()
endforeach()
foreach(size 16 22 24 32 48 64 128 256 512)
    foreach(icon "apps/konvergensi" "mimetypes/application-x-konvergensi-workspace")
        set(png "${SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/${icon}.png")
        if(NOT EXISTS "${png}")
            list(APPEND problems "icon: no ${size}x${size}/${icon}.png")
            continue()
        endif()
        file(READ "${png}" header LIMIT 24 HEX)
        string(SUBSTRING "${header}" 0 16 magic)
        string(SUBSTRING "${header}" 32 8 width_hex)
        string(SUBSTRING "${header}" 40 8 height_hex)
        math(EXPR width "0x${width_hex}")
        math(EXPR height "0x${height_hex}")
        if(NOT magic STREQUAL "89504e470d0a1a0a")
            list(APPEND problems "icon: ${size}x${size}/${icon}.png is no PNG")
        elseif(NOT width EQUAL size OR NOT height EQUAL size)
            list(APPEND problems "icon: ${size}x${size}/${icon}.png is ${width}x${height}")
        endif()
    endforeach()
endforeach()

# Man pages for both programs.
foreach(page konvergensi konvergensi-cli)
    file(READ "${SOURCE_DIR}/resources/man/${page}.1" man)
    string(TOUPPER "${page}" title)
    require(man "\n\\.TH ${title} 1 " "man page ${page}.1: no .TH ${title} 1")
endforeach()

# CHANGELOG.md: an Unreleased section and a dated one for this version, which becomes the
# first entry of the Debian changelog.
file(READ "${SOURCE_DIR}/CHANGELOG.md" changelog)
require(changelog "\n## \\[Unreleased\\]\n" "CHANGELOG.md: no Unreleased section")
string(REPLACE "." "\\." version_pattern "${VERSION}")
require(changelog "\n## \\[${version_pattern}\\] - [0-9]+-[0-9]+-[0-9]+\n"
    "CHANGELOG.md: no dated section for ${VERSION}")
execute_process(COMMAND ${CMAKE_COMMAND} "-DCHANGELOG=${SOURCE_DIR}/CHANGELOG.md"
    "-DOUTPUT=${WORK_DIR}/changelog" -DPACKAGE=konvergensi "-DMAINTAINER=Test <test@example.org>"
    -P "${SOURCE_DIR}/cmake/DebianChangelog.cmake" RESULT_VARIABLE result ERROR_VARIABLE error)
if(result EQUAL 0)
    file(READ "${WORK_DIR}/changelog" debian)
    require(debian "^konvergensi \\(${version_pattern}\\) unstable. urgency=medium\n\n  \\* "
        "Debian changelog: the first entry is not ${VERSION}")
    require(debian "\n -- Test <test@example.org>  [A-Z][a-z][a-z], [0-9][0-9] [A-Z][a-z][a-z] [0-9]+ 00:00:00 \\+0000\n"
        "Debian changelog: no trailer line as dpkg wants it")
    string(REPLACE ";" "," debian "${debian}")
    string(REPLACE "\n" ";" lines "${debian}")
    foreach(line IN LISTS lines)
        string(LENGTH "${line}" length)
        if(length GREATER 80)
            list(APPEND problems "Debian changelog line over 80 columns: ${line}")
        endif()
    endforeach()
else()
    list(APPEND problems "cmake/DebianChangelog.cmake failed: ${error}")
endif()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "packaging files:\n  ${text}")
endif()
message(STATUS "desktop entry, MIME type, metainfo, icons, man pages and changelog agree (${VERSION})")
