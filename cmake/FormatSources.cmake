# Runs clang-format over every C++ source we own. MODE=check fails on any difference; MODE=fix rewrites.
file(GLOB_RECURSE files RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/installer/*.cpp" "${SOURCE_DIR}/installer/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
list(SORT files)
set(bad "")
foreach(f IN LISTS files)
    if(MODE STREQUAL "fix")
        execute_process(COMMAND "${CLANG_FORMAT}" -i --style=file "${f}" WORKING_DIRECTORY "${SOURCE_DIR}")
    else()
        execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror --style=file "${f}"
                        WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
        if(NOT rc EQUAL 0)
            list(APPEND bad "${f}")
        endif()
    endif()
endforeach()
if(bad)
    list(JOIN bad "\n  " badlist)
    message(FATAL_ERROR "These files are not clang-formatted (run: cmake --build <dir> --target format):\n  ${badlist}")
endif()
list(LENGTH files n)
message(STATUS "clang-format: ${n} files checked")
