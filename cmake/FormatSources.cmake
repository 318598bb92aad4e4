# Runs clang-format over every C++ source we own. MODE=check fails on any difference; MODE=fix rewrites.
file(GLOB_RECURSE files RELATIVE "${SOURCE_DIR}"
    "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
    "${SOURCE_DIR}/installer/*.cpp" "${SOURCE_DIR}/installer/*.h"
    "${SOURCE_DIR}/tests/*.cpp" "${SOURCE_DIR}/tests/*.h")
list(SORT files)
# One clang-format process for all files (one per file took over a minute on the CI machine).
set(bad "")
if(MODE STREQUAL "fix")
    execute_process(COMMAND "${CLANG_FORMAT}" -i --style=file ${files} WORKING_DIRECTORY "${SOURCE_DIR}")
else()
    execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror --style=file ${files}
                    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE diagnostics)
    if(NOT rc EQUAL 0)
        # Each difference reads "<file>:<line>:<column>: error: code should be clang-formatted".
        string(REGEX MATCHALL "[^\n]+:[0-9]+:[0-9]+: error: code should be clang-formatted" hits "${diagnostics}")
        foreach(hit IN LISTS hits)
            string(REGEX REPLACE ":[0-9]+:[0-9]+: error: code should be clang-formatted$" "" f "${hit}")
            list(APPEND bad "${f}")
        endforeach()
        list(REMOVE_DUPLICATES bad)
        if(NOT bad)
            message(FATAL_ERROR "clang-format failed (${rc}):\n${diagnostics}")
        endif()
    endif()
endif()
if(bad)
    list(JOIN bad "\n  " badlist)
    message(FATAL_ERROR "These files are not clang-formatted (run: cmake --build <dir> --target format):\n  ${badlist}")
endif()
list(LENGTH files n)
message(STATUS "clang-format: ${n} files checked")
