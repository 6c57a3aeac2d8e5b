# SPDX-License-Identifier: GPL-3.0-or-later
# Turns the LMS tables of the WHO Child Growth Standards (resources/who-growth/*.csv) into a
# C++ source, so that the tables are compiled into konvergensi_core and nothing is read at run
# time. Run at build time by src/core/CMakeLists.txt:
#
#   cmake -DINPUT_DIR=<resources/who-growth> -DOUTPUT=<file.cpp> -P GenerateGrowthTables.cmake
#
# Every table is checked while it is read (header, both sexes, every key once and without
# gaps, numbers written as plain decimals); anything else stops the build with the file and
# line. The numbers are copied as written, so the compiler reads them exactly as R's reader
# does for these short decimals (correctly rounded).

cmake_minimum_required(VERSION 3.25)

if(NOT INPUT_DIR OR NOT OUTPUT)
    message(FATAL_ERROR "GenerateGrowthTables.cmake needs -DINPUT_DIR=... and -DOUTPUT=...")
endif()

set(number_regex "^-?[0-9]+(\\.[0-9]+)?$")

# read_table(FILE HEADER KEY_KIND FIRST LAST PREFIX): sets ${PREFIX}_<sex>_<key> to "{l, m, s}"
# for every row. KEY_KIND is "day" (whole days) or "tenth" (cm with at most one decimal,
# stored as tenths of a cm). Rows must cover FIRST..LAST without a gap for each sex.
function(read_table file header key_kind first last prefix)
    set(path "${INPUT_DIR}/${file}")
    if(NOT EXISTS "${path}")
        message(FATAL_ERROR "${path}: missing")
    endif()
    file(STRINGS "${path}" lines)
    list(POP_FRONT lines head)
    string(REPLACE "\r" "" head "${head}")
    if(NOT head STREQUAL header)
        message(FATAL_ERROR "${path}:1: header \"${head}\", expected \"${header}\"")
    endif()
    set(line_number 1)
    set(count_1 0)
    set(count_2 0)
    foreach(line IN LISTS lines)
        math(EXPR line_number "${line_number} + 1")
        string(REPLACE "\r" "" line "${line}")
        if(line STREQUAL "")
            continue()
        endif()
        string(REPLACE "," ";" fields "${line}")
        list(LENGTH fields field_count)
        if(field_count LESS 5)
            message(FATAL_ERROR "${path}:${line_number}: too few fields")
        endif()
        list(GET fields 0 sex)
        list(GET fields 1 key)
        list(GET fields 2 l)
        list(GET fields 3 m)
        list(GET fields 4 s)
        if(NOT sex MATCHES "^[12]$")
            message(FATAL_ERROR "${path}:${line_number}: sex \"${sex}\" is not 1 or 2")
        endif()
        if(key_kind STREQUAL "day")
            if(NOT key MATCHES "^[0-9]+$")
                message(FATAL_ERROR "${path}:${line_number}: age \"${key}\" is not whole days")
            endif()
            math(EXPR index "${key}")
        else()
            if(key MATCHES "^([0-9]+)\\.([0-9])$")
                math(EXPR index "${CMAKE_MATCH_1} * 10 + ${CMAKE_MATCH_2}")
            elseif(key MATCHES "^([0-9]+)$")
                math(EXPR index "${CMAKE_MATCH_1} * 10")
            else()
                message(FATAL_ERROR "${path}:${line_number}: length \"${key}\" is not in tenths")
            endif()
        endif()
        if(index LESS first OR index GREATER last)
            message(FATAL_ERROR "${path}:${line_number}: key ${key} outside ${first}..${last}")
        endif()
        foreach(value IN ITEMS "${l}" "${m}" "${s}")
            if(NOT value MATCHES "${number_regex}")
                message(FATAL_ERROR "${path}:${line_number}: \"${value}\" is not a number")
            endif()
        endforeach()
        if(DEFINED ${prefix}_${sex}_${index})
            message(FATAL_ERROR "${path}:${line_number}: key ${key} repeated for sex ${sex}")
        endif()
        if(l MATCHES "^-?0(\\.0+)?$" OR s MATCHES "^-" OR s MATCHES "^0(\\.0+)?$")
            message(FATAL_ERROR "${path}:${line_number}: L is 0 or S is not positive")
        endif()
        set(${prefix}_${sex}_${index} "{${l}, ${m}, ${s}}" PARENT_SCOPE)
        math(EXPR count_${sex} "${count_${sex}} + 1")
    endforeach()
    math(EXPR expected "${last} - ${first} + 1")
    foreach(sex 1 2)
        if(NOT count_${sex} EQUAL expected)
            message(FATAL_ERROR "${path}: ${count_${sex}} rows for sex ${sex}, expected "
                                "${expected} (keys ${first}..${last} without gaps)")
        endif()
    endforeach()
endfunction()

# emit(NAME PREFIX FIRST LAST SIZE): appends "const Lms NAME[2][SIZE] = {...};" where index i
# holds key i (+ FIRST for the length tables); keys before FIRST are kNa rows.
function(emit out_var name prefix first last size offset)
    set(text "const Lms ${name}[2][${size}] = {\n")
    foreach(sex 1 2)
        string(APPEND text "    {\n")
        math(EXPR top "${size} - 1")
        foreach(i RANGE 0 ${top})
            math(EXPR key "${i} + ${offset}")
            if(DEFINED ${prefix}_${sex}_${key})
                string(APPEND text "        ${${prefix}_${sex}_${key}},\n")
            else()
                string(APPEND text "        kNaRow,\n")
            endif()
        endforeach()
        string(APPEND text "    },\n")
    endforeach()
    string(APPEND text "};\n\n")
    set(${out_var} "${${out_var}}${text}" PARENT_SCOPE)
endfunction()

set(age_header_loh "sex,age_days,l,m,s,loh")
set(age_header "sex,age_days,l,m,s")

# name, file, header, first day (the tables end at day 1826)
set(age_tables
    "kLengthForAge|lhfa.csv|${age_header_loh}|0"
    "kWeightForAge|wfa.csv|${age_header}|0"
    "kBmiForAge|bfa.csv|${age_header_loh}|0"
    "kHeadCircumferenceForAge|hcfa.csv|${age_header}|0"
    "kArmCircumferenceForAge|acfa.csv|${age_header}|91"
    "kTricepsSkinfoldForAge|tsfa.csv|${age_header}|91"
    "kSubscapularSkinfoldForAge|ssfa.csv|${age_header}|91")

set(body "")
foreach(entry IN LISTS age_tables)
    string(REPLACE "|" ";" parts "${entry}")
    list(GET parts 0 name)
    list(GET parts 1 file)
    list(GET parts 2 header)
    list(GET parts 3 first)
    read_table(${file} "${header}" day ${first} 1826 ${name})
    emit(body ${name} ${name} ${first} 1826 1827 0)
endforeach()

read_table(wfl.csv "sex,length_cm,l,m,s,lorh" tenth 450 1100 kWeightForLength)
emit(body kWeightForLength kWeightForLength 450 1100 651 450)
read_table(wfh.csv "sex,height_cm,l,m,s,lorh" tenth 650 1200 kWeightForHeight)
emit(body kWeightForHeight kWeightForHeight 650 1200 551 650)

set(content "// SPDX-License-Identifier: GPL-3.0-or-later
// Generated at build time by cmake/GenerateGrowthTables.cmake from resources/who-growth/*.csv
// (the LMS tables of the WHO Child Growth Standards as the WHO R package anthro ships them;
// see resources/who-growth/SOURCE.md). Do not edit.
#include \"core/anthro/growth_tables.h\"

#include <limits>

namespace konvergensi::core::anthro::detail {

namespace {
constexpr double kNa = std::numeric_limits<double>::quiet_NaN();
constexpr Lms kNaRow = {kNa, kNa, kNa};
} // namespace

${body}} // namespace konvergensi::core::anthro::detail
")

file(WRITE "${OUTPUT}" "${content}")
