# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when code outside the storage layer speaks SQL. Run with cmake -P:
#   -DSOURCE_DIR=<dir>      every C/C++ file below it is searched (src/storage is skipped)
#   -DPROPERTIES_FILE=<f>   optional: a script setting LINK_LIBRARIES and INCLUDE_DIRECTORIES of
#                           each layer target (name;libs pairs), which must not carry QtSql
# What counts as SQL: an include of a QtSql header (<QSqlQuery>, <QtSql/...>) or of
# storage's statement class ("storage/query.h"), and a string literal that holds an SQL
# statement (SELECT ... FROM, INSERT INTO, UPDATE ... SET, DELETE FROM, CREATE/DROP/ALTER
# TABLE, PRAGMA, BEGIN/COMMIT/ROLLBACK, SAVEPOINT).
cmake_minimum_required(VERSION 3.25)

set(problems "")
set(checked "")

if(SOURCE_DIR)
    if(NOT IS_DIRECTORY "${SOURCE_DIR}")
        message(FATAL_ERROR "no such folder: ${SOURCE_DIR}")
    endif()
    file(GLOB_RECURSE sources LIST_DIRECTORIES false
         "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.hpp" "${SOURCE_DIR}/*.c" "${SOURCE_DIR}/*.cc"
         "${SOURCE_DIR}/*.cpp" "${SOURCE_DIR}/*.cxx")
    list(FILTER sources EXCLUDE REGEX "/src/storage/")
    if(NOT sources)
        message(FATAL_ERROR "no sources below ${SOURCE_DIR}")
    endif()
    set(statement
        "(SELECT[ \t].*[ \t]FROM[ \t]|SELECT[ \t]+[A-Za-z_*(]|INSERT[ \t]+(OR[ \t]+[A-Z]+[ \t]+)?INTO[ \t]|UPDATE[ \t]+[A-Za-z_]+[ \t]+SET[ \t]|DELETE[ \t]+FROM[ \t]|(CREATE|DROP|ALTER)[ \t]+(TABLE|INDEX|VIEW|TRIGGER)[ \t]|PRAGMA[ \t]+[a-z_]+|(BEGIN|COMMIT|ROLLBACK)([ \t]+TRANSACTION)?[ \t]*;?$|SAVEPOINT[ \t])")
    foreach(source IN LISTS sources)
        # Read whole, then split on newlines ourselves: ';' and brackets would split or glue
        # CMake list items, so they are replaced by spaces first.
        file(READ "${source}" content)
        string(REGEX REPLACE "[;\\[\\]]" " " content "${content}")
        string(REPLACE "\n" ";" lines "${content}")
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
            if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]")
                set(header "${CMAKE_MATCH_1}")
                if(header MATCHES "^QtSql/" OR header MATCHES "^QSql[A-Za-z]*$"
                   OR header MATCHES "^qsql[a-z]*\\.h$" OR header STREQUAL "storage/query.h")
                    list(APPEND problems "${shown}:${number}: includes <${header}>")
                endif()
                continue()
            endif()
            # The text of each string literal on the line, upper-cased.
            string(REGEX MATCHALL "\"([^\"\\\\]|\\\\.)*\"" literals "${line}")
            foreach(literal IN LISTS literals)
                string(LENGTH "${literal}" length)
                math(EXPR inner "${length} - 2")
                string(SUBSTRING "${literal}" 1 ${inner} text)
                string(STRIP "${text}" text)
                if(text MATCHES "^${statement}")
                    list(APPEND problems "${shown}:${number}: SQL in a string: ${literal}")
                endif()
            endforeach()
        endforeach()
    endforeach()
    list(LENGTH sources count)
    list(APPEND checked "${count} source files")
endif()

if(PROPERTIES_FILE)
    include("${PROPERTIES_FILE}")
    foreach(target IN LISTS TARGETS)
        foreach(entry IN LISTS ${target}_LINK_LIBRARIES ${target}_INCLUDE_DIRECTORIES)
            if(entry MATCHES "Qt[0-9]*::Sql" OR entry MATCHES "[/\\\\]QtSql([/\\\\]|$)")
                list(APPEND problems "${target} uses QtSql: ${entry}")
            endif()
        endforeach()
    endforeach()
    list(APPEND checked "the link and include settings of ${TARGETS}")
endif()

if(NOT checked)
    message(FATAL_ERROR "nothing to check: give SOURCE_DIR or PROPERTIES_FILE")
endif()
if(problems)
    list(REMOVE_DUPLICATES problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "SQL belongs in src/storage only, but:\n  ${text}")
endif()
list(JOIN checked ", " text)
message(STATUS "no SQL outside storage (checked ${text})")
