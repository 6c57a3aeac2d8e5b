# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when konvergensi_core depends on Qt. Run with cmake -P; every input is optional, so
# the proof-of-failure tests can give one at a time:
#   -DPROPERTIES_FILE=<file>  a script setting LINK_LIBRARIES, INTERFACE_LINK_LIBRARIES,
#                             INCLUDE_DIRECTORIES and COMPILE_DEFINITIONS of the target
#   -DSOURCE_DIR=<dir>        every C/C++ file below is searched for Qt includes
#   -DLIBRARY=<file> -DNM=<nm> the built library's symbols are searched for Qt names
cmake_minimum_required(VERSION 3.25)

set(problems "")
set(checked "")

# (a) Link libraries, include folders and definitions.
if(PROPERTIES_FILE)
    if(NOT EXISTS "${PROPERTIES_FILE}")
        message(FATAL_ERROR "no such properties file: ${PROPERTIES_FILE}")
    endif()
    include("${PROPERTIES_FILE}")
    foreach(property LINK_LIBRARIES INTERFACE_LINK_LIBRARIES INCLUDE_DIRECTORIES COMPILE_DEFINITIONS)
        foreach(entry IN LISTS ${property})
            # Qt6::Core, libQt6Core.so, .../qt6/QtCore, QtCore.framework, QT_CORE_LIB, QT_NO_...
            if(entry MATCHES "Qt[0-9]*::"
               OR entry MATCHES "(^|[/\\\\])(lib)?Qt[0-9]*[A-Z][A-Za-z]*"
               OR entry MATCHES "[/\\\\][Qq][Tt][0-9]*([/\\\\]|$)"
               OR entry MATCHES "^QT_")
                list(APPEND problems "${property} mentions Qt: ${entry}")
            endif()
        endforeach()
    endforeach()
    list(APPEND checked "target properties")
endif()

# (b) Sources that include a Qt header: <QString>, <QtCore/QString>, "QDate", <qglobal.h>.
if(SOURCE_DIR)
    if(NOT IS_DIRECTORY "${SOURCE_DIR}")
        message(FATAL_ERROR "no such folder: ${SOURCE_DIR}")
    endif()
    file(GLOB_RECURSE sources LIST_DIRECTORIES false
         "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.hh" "${SOURCE_DIR}/*.hpp" "${SOURCE_DIR}/*.hxx"
         "${SOURCE_DIR}/*.c" "${SOURCE_DIR}/*.cc" "${SOURCE_DIR}/*.cpp" "${SOURCE_DIR}/*.cxx"
         "${SOURCE_DIR}/*.inl" "${SOURCE_DIR}/*.ipp")
    if(NOT sources)
        message(FATAL_ERROR "no sources below ${SOURCE_DIR}")
    endif()
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" lines)
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]")
                set(header "${CMAKE_MATCH_1}")
                if(header MATCHES "^Qt[A-Za-z0-9]*/"
                   OR header MATCHES "^Q[A-Z][A-Za-z0-9]*$"
                   OR header MATCHES "^q[a-z0-9_]+\\.h$")
                    file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
                    list(APPEND problems "${shown}:${number}: includes Qt header <${header}>")
                endif()
            endif()
        endforeach()
    endforeach()
    list(LENGTH sources count)
    list(APPEND checked "${count} source files")
endif()

# (c) Symbols of the built library, defined or needed: a Qt type, namespace or function.
if(LIBRARY)
    if(NOT EXISTS "${LIBRARY}")
        message(FATAL_ERROR "no such library: ${LIBRARY} (build it first)")
    endif()
    if(NOT NM)
        message(FATAL_ERROR "no nm program given (-DNM=...)")
    endif()
    execute_process(COMMAND "${NM}" -C "${LIBRARY}"
                    OUTPUT_VARIABLE symbols ERROR_VARIABLE nm_error RESULT_VARIABLE nm_result)
    if(NOT nm_result EQUAL 0)
        message(FATAL_ERROR "${NM} failed on ${LIBRARY}: ${nm_error}")
    endif()
    # Brackets ("[abi:cxx11]") would stop CMake splitting the list: make them parentheses.
    string(REPLACE "[" "(" symbols "${symbols}")
    string(REPLACE "]" ")" symbols "${symbols}")
    string(REPLACE ";" "," symbols "${symbols}")
    string(REPLACE "\n" ";" symbols "${symbols}")
    set(count 0)
    foreach(line IN LISTS symbols)
        # "0000000000000000 T name" or "                 U name"
        if(NOT line MATCHES "^[0-9a-fA-F ]* [A-Za-z?-] (.+)$")
            continue()
        endif()
        set(name "${CMAKE_MATCH_1}")
        math(EXPR count "${count} + 1")
        # QString::..., QtPrivate::..., qt_assert, qBadAlloc(), "vtable for QObject", ...
        if(name MATCHES "(^|[ (<,*&])(Q[A-Z][A-Za-z0-9_]*|Qt[A-Za-z0-9_]*)::"
           OR name MATCHES "(^|[ (<,])(qt_[A-Za-z0-9_]+|q[A-Z][A-Za-z0-9]*)(\\(|$)"
           OR name MATCHES "^(vtable|typeinfo|typeinfo name) for Q[A-Z]")
            list(APPEND problems "symbol from Qt: ${name}")
        endif()
    endforeach()
    list(APPEND checked "${count} symbols")
endif()

if(NOT checked)
    message(FATAL_ERROR "nothing to check: give PROPERTIES_FILE, SOURCE_DIR or LIBRARY")
endif()
if(problems)
    list(REMOVE_DUPLICATES problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "konvergensi_core must not use Qt, but:\n  ${text}")
endif()
list(JOIN checked ", " text)
message(STATUS "no Qt in konvergensi_core (checked ${text})")
