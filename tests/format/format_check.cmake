# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DCLANG_FORMAT=... -DSOURCE_DIR=... -P format_check.cmake
# Fails, listing the files, when clang-format would change any C++ file under src/ or tests/.
if(NOT CLANG_FORMAT OR NOT EXISTS "${CLANG_FORMAT}")
    message(FATAL_ERROR "clang-format was not found; scripts/bootstrap installs it")
endif()
file(GLOB_RECURSE files
    "${SOURCE_DIR}/src/*.cpp" "${SOURCE_DIR}/src/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
set(unformatted "")
foreach(file IN LISTS files)
    execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror "${file}"
        WORKING_DIRECTORY "${SOURCE_DIR}"
        RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result EQUAL 0)
        file(RELATIVE_PATH relative "${SOURCE_DIR}" "${file}")
        list(APPEND unformatted "${relative}")
    endif()
endforeach()
list(LENGTH files count)
if(unformatted)
    list(JOIN unformatted "\n  " listing)
    message(FATAL_ERROR "clang-format would change these files (run scripts/format):\n  ${listing}")
endif()
message(STATUS "${count} files are formatted as .clang-format says")
