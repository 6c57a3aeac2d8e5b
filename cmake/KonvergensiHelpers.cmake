# Shared build helpers.

# Warnings every target of the project uses.
function(konvergensi_warnings target)
    target_compile_options(${target} PRIVATE
        $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough>)
endfunction()

# konvergensi_add_test(NAME SOURCES file... [LIBS lib...] [QT] [GUI])
#
# One executable per test file group, registered with CTest. QT tests get a main() that
# creates a QCoreApplication, GUI tests one that creates a QApplication on the offscreen
# platform; plain tests use GoogleTest's own main.
function(konvergensi_add_test name)
    cmake_parse_arguments(ARG "QT;GUI" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    konvergensi_warnings(${name})
    target_link_libraries(${name} PRIVATE GTest::gtest ${ARG_LIBS})
    if(ARG_GUI)
        target_link_libraries(${name} PRIVATE konvergensi_testsupport_gui)
    elseif(ARG_QT)
        target_link_libraries(${name} PRIVATE konvergensi_testsupport_qt)
    else()
        target_link_libraries(${name} PRIVATE GTest::gtest_main)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set(env
        "KONVERGENSI_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "KONVERGENSI_SHARED_DATA_DIR=${KONVERGENSI_SHARED_DATA_DIR}"
        "QT_QPA_PLATFORM=offscreen"
        "LC_ALL=C.UTF-8")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${ARG_LABELS}" TIMEOUT 300)
endfunction()
