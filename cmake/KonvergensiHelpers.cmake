# SPDX-License-Identifier: GPL-3.0-or-later
# Shared build helpers.

# Warnings every target of the project uses.
function(konvergensi_warnings target)
    target_compile_options(${target} PRIVATE
        $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough>)
endfunction()

# The flags of the sanitized copies (KONVERGENSI_SANITIZE): address and undefined behaviour,
# every finding fatal, so a test that hits one fails.
set(KONVERGENSI_SANITIZE_COMPILE_FLAGS
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
set(KONVERGENSI_SANITIZE_LINK_FLAGS -fsanitize=address,undefined)

# konvergensi_add_test(NAME SOURCES file... [LIBS lib...] [QT] [GUI] [CLI] [BOTH_ENGINES])
#
# One executable per test file group, registered with CTest. QT tests get a main() that
# creates a QCoreApplication, GUI tests one that creates a QApplication on the offscreen
# platform; plain tests use GoogleTest's own main. CLI tests are QT tests that run the built
# konvergensi-cli (KONVERGENSI_CLI_PATH) as a process through tests/support/cli_process.h.
# BOTH_ENGINES registers the test a second time as NAME_postgresql with
# KONVERGENSI_TEST_ENGINE=postgresql: its workspaces are then databases on the test server
# named by KONVERGENSI_TEST_POSTGRES (tests/support/test_engine.h; scripts/test starts one).
function(konvergensi_add_test name)
    cmake_parse_arguments(ARG "QT;GUI;CLI;BOTH_ENGINES" "" "SOURCES;LIBS;LABELS" ${ARGN})
    if(ARG_CLI)
        set(ARG_QT ON) # a CLI test runs konvergensi-cli as a process (tests/support/cli_process.h)
    endif()
    add_executable(${name} ${ARG_SOURCES})
    konvergensi_warnings(${name})
    target_link_libraries(${name} PRIVATE GTest::gtest ${ARG_LIBS})
    if(ARG_QT OR ARG_GUI)
        # Tests may look into a workspace with SQL to check what storage wrote; the program's
        # own layers cannot (storage links QtSql PRIVATE; tests/architecture checks the rest).
        target_link_libraries(${name} PRIVATE Qt6::Sql)
    endif()
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE konvergensi_testsupport_gui)
        konvergensi_reuse_test_pch(${name} gui)
    elseif(ARG_QT)
        target_link_libraries(${name} PRIVATE konvergensi_testsupport_qt)
        konvergensi_reuse_test_pch(${name} qt)
    else()
        target_link_libraries(${name} PRIVATE GTest::gtest_main)
        konvergensi_reuse_test_pch(${name} plain)
    endif()
    if(ARG_CLI)
        target_compile_definitions(${name} PRIVATE
            KONVERGENSI_CLI_PATH="$<TARGET_FILE:konvergensi-cli>")
        add_dependencies(${name} konvergensi-cli)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set(env
        "KONVERGENSI_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "QT_QPA_PLATFORM=offscreen"
        "LC_ALL=C.UTF-8")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${ARG_LABELS}" TIMEOUT 300)
    if(ARG_BOTH_ENGINES)
        add_test(NAME ${name}_postgresql COMMAND ${name})
        set_tests_properties(${name}_postgresql PROPERTIES
            ENVIRONMENT "${env};KONVERGENSI_TEST_ENGINE=postgresql"
            LABELS "${ARG_LABELS};postgresql" TIMEOUT 300)
    endif()

    # A plain test of core alone is built a second time against the sanitized core.
    if(KONVERGENSI_SANITIZE AND NOT ARG_QT AND NOT ARG_GUI AND ARG_LIBS STREQUAL "konvergensi_core")
        add_executable(${name}_sanitize ${ARG_SOURCES})
        konvergensi_warnings(${name}_sanitize)
        target_link_libraries(${name}_sanitize PRIVATE GTest::gtest GTest::gtest_main
                              konvergensi_core_sanitize)
        add_test(NAME ${name}_sanitize COMMAND ${name}_sanitize)
        set_tests_properties(${name}_sanitize PROPERTIES
            ENVIRONMENT "${env};ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1;UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
            LABELS "sanitize;${ARG_LABELS}" TIMEOUT 300)
    endif()
endfunction()
