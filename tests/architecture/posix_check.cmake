# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the program's sources use a POSIX-only call, so that they build and run on
# Windows too (docs/windows.md). Run with cmake -P:
#   -DSOURCE_DIR=<dir>   every C/C++ file below it is searched
# What counts: an include of a POSIX-only header (<unistd.h>, <sys/...>, <pwd.h>, <dlfcn.h>,
# <fcntl.h>, <dirent.h>, ...), a call of a POSIX-only function (fork, exec*, waitpid, popen,
# getpid, getuid, setenv, mkstemp, realpath, ...) or of a file-descriptor call at global
# scope (::open(, ::close(, ::read(, ::write(, ...), and a string literal naming a Unix
# folder ("/tmp...", "/var/tmp", "/dev/...", "/proc/...", "/home/..."). Use Qt instead:
# QProcess, QCoreApplication::applicationPid(), QFile, QTemporaryFile/QTemporaryDir,
# QStandardPaths, qputenv. Comments are not searched. Files named *_posix.cpp are left out:
# they hold the few calls that have no Qt form (the terminal's echo), CMake builds them only on
# POSIX systems, and each has a *_windows.cpp twin.
cmake_minimum_required(VERSION 3.25)

if(NOT SOURCE_DIR OR NOT IS_DIRECTORY "${SOURCE_DIR}")
    message(FATAL_ERROR "give -DSOURCE_DIR=<an existing folder>")
endif()
file(GLOB_RECURSE sources LIST_DIRECTORIES false
     "${SOURCE_DIR}/*.h" "${SOURCE_DIR}/*.hpp" "${SOURCE_DIR}/*.c" "${SOURCE_DIR}/*.cc"
     "${SOURCE_DIR}/*.cpp" "${SOURCE_DIR}/*.cxx")
list(FILTER sources EXCLUDE REGEX "_posix\\.cpp$")
if(NOT sources)
    message(FATAL_ERROR "no sources below ${SOURCE_DIR}")
endif()

set(headers "^(unistd|pwd|grp|dlfcn|fcntl|dirent|termios|syslog|poll|spawn|libgen|glob|wordexp|netdb|ucontext|sched|semaphore|utmp|utmpx)\\.h$|^sys/|^arpa/|^netinet/")
set(functions "fork|vfork|execl|execlp|execle|execv|execvp|execve|execvpe|waitpid|wait3|wait4|popen|pclose|getpid|getppid|getuid|geteuid|getgid|getegid|setuid|setgid|setenv|unsetenv|mkstemp|mkdtemp|realpath|symlink|readlink|isatty|usleep|kill|pipe|dup2|chown|lstat|fchmod|getpwnam|getpwuid|dlopen|dlsym|sysconf")
set(descriptors "open|close|read|write|unlink|rmdir|chmod|mkdir|stat|access|lseek|fsync|ftruncate")
set(folders "^/(tmp|var/tmp|dev|proc|home|etc|run)(/|$)")
set(problems "")

foreach(source IN LISTS sources)
    file(READ "${source}" content)
    # ';' and brackets would split or glue CMake list items: spaces instead.
    string(REGEX REPLACE "[;\\[\\]]" " " content "${content}")
    string(REPLACE "\n" ";" lines "${content}")
    file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]")
            set(header "${CMAKE_MATCH_1}")
            if(header MATCHES "${headers}")
                list(APPEND problems "${shown}:${number}: includes the POSIX-only <${header}>")
            endif()
            continue()
        endif()
        # String literals: checked for Unix folders, then blanked out with the comments.
        string(REGEX MATCHALL "\"([^\"\\\\]|\\\\.)*\"" literals "${line}")
        foreach(literal IN LISTS literals)
            string(LENGTH "${literal}" length)
            math(EXPR inner "${length} - 2")
            string(SUBSTRING "${literal}" 1 ${inner} text)
            if(text MATCHES "${folders}")
                list(APPEND problems "${shown}:${number}: a Unix folder in a string: ${literal}")
            endif()
        endforeach()
        string(REGEX REPLACE "\"([^\"\\\\]|\\\\.)*\"" "\"\"" code "${line}")
        string(REGEX REPLACE "//.*$" "" code "${code}")
        # A free call: not a member (a.f(), a->f()) and not qualified (Class::f()), but
        # ::f() is the C function.
        if(code MATCHES "(^|[^A-Za-z0-9_.>:])(::)?(${functions})[ \t]*\\(")
            list(APPEND problems "${shown}:${number}: calls the POSIX-only ${CMAKE_MATCH_3}()")
        elseif(code MATCHES "(^|[^A-Za-z0-9_.>:])::(${descriptors})[ \t]*\\(")
            list(APPEND problems "${shown}:${number}: calls the POSIX ::${CMAKE_MATCH_2}()")
        endif()
    endforeach()
endforeach()

list(LENGTH sources count)
if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "POSIX-only code (the program must also build on Windows; use Qt):\n  ${text}")
endif()
message(STATUS "no POSIX-only call in ${count} source files")
