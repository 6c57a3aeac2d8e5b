# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DLUPDATE=... -DTS_FILE=... -DSOURCES="dir;dir" -DWORK_DIR=... -P check_translations.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var LUPDATE TS_FILE SOURCES WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
get_filename_component(name "${TS_FILE}" NAME)
set(copy "${WORK_DIR}/${name}")
file(COPY_FILE "${TS_FILE}" "${copy}")

execute_process(
    COMMAND "${LUPDATE}" -no-obsolete -locations none -extensions cpp,h,ui ${SOURCES} -ts "${copy}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()

file(READ "${copy}" ts)
# Brackets and semicolons would upset CMake's list handling; they only matter for display.
string(REPLACE ";" "," ts "${ts}")
string(REPLACE "[" "(" ts "${ts}")
string(REPLACE "]" ")" ts "${ts}")
string(REGEX MATCHALL "<source>" sources "${ts}")
list(LENGTH sources total)
# A message whose translation is still unfinished (sources hold no '<': lupdate escapes it).
string(REGEX MATCHALL
    "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\""
    unfinished "${ts}")
set(untranslated "")
foreach(message IN LISTS unfinished)
    string(REGEX MATCH "<source>([^<]*)</source>" _ "${message}")
    list(APPEND untranslated "${CMAKE_MATCH_1}")
endforeach()

# A finished entry whose translation (or plural form) holds nothing but blanks shows an empty
# label on screen: as bad as none.
string(REGEX MATCHALL
    "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation>[ \t\r\n]*(<numerusform>[ \t\r\n]*</numerusform>|</translation>)"
    blank "${ts}")
foreach(message IN LISTS blank)
    string(REGEX MATCH "<source>([^<]*)</source>" _ "${message}")
    list(APPEND untranslated "${CMAKE_MATCH_1} (blank)")
endforeach()

list(LENGTH untranslated missing)
if(missing GREATER 0)
    list(JOIN untranslated "\n  untranslated: " shown)
    message(FATAL_ERROR
        "${missing} of ${total} strings have no Indonesian translation in ${name}:\n"
        "  untranslated: ${shown}\n"
        "Run `cmake --build <build> --target konvergensi_gui_lupdate`, translate them in "
        "${TS_FILE} (Qt Linguist or an editor), and remove type=\"unfinished\".")
endif()
message(STATUS "all ${total} strings of ${name} are translated")
