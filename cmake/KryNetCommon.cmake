# Shared compile settings: one INTERFACE target every KryNet target links (qBittorrent's CommonConfig idea).
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

option(KRYNET_WERROR "Treat warnings as errors" OFF)
option(KRYNET_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(KRYNET_HARDEN "Build with _FORTIFY_SOURCE=3 (not with sanitizers), _GLIBCXX_ASSERTIONS and QT_FORCE_ASSERTS" OFF)
option(KRYNET_FUZZ "Build libFuzzer targets (clang; implies KRYNET_SANITIZE): coverage in krynet_core" OFF)
set(KRYNET_FUZZ_SECONDS 20 CACHE STRING "How long each libFuzzer target fuzzes in its <name>_run test")
if(KRYNET_FUZZ)
    set(KRYNET_SANITIZE ON CACHE BOOL "Build with AddressSanitizer and UndefinedBehaviorSanitizer" FORCE)
endif()

add_library(krynet_compile_options INTERFACE)
target_compile_options(krynet_compile_options INTERFACE
    -Wall -Wextra -Wpedantic $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough)
target_compile_definitions(krynet_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    KRYNET_VERSION="${PROJECT_VERSION}"
    KRYNET_APP_ID="${KRYNET_APP_ID}")

if(KRYNET_WERROR)
    target_compile_options(krynet_compile_options INTERFACE -Werror)
endif()
# Environment of every test (CTest ENVIRONMENT), also inherited by the programs a test starts.
set(KRYNET_TEST_ENVIRONMENT "")
if(KRYNET_SANITIZE)
    target_compile_options(krynet_compile_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                            -fno-sanitize-recover=undefined)
    target_link_options(krynet_compile_options INTERFACE -fsanitize=address,undefined)
    # Any report fails the test: ASan and UBSan stop the process, LeakSanitizer fails its exit status.
    # Suppressions name third-party code only (tests/sanitizers/lsan.supp); our own leaks get fixed.
    set(KRYNET_TEST_ENVIRONMENT
        "ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=0"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:suppressions=${PROJECT_SOURCE_DIR}/tests/sanitizers/ubsan.supp")
endif()
if(KRYNET_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "KRYNET_FUZZ needs clang (libFuzzer): configure with the 'ci' or 'fuzz' preset")
    endif()
    # libFuzzer's coverage feedback goes into krynet_core (core/CMakeLists.txt), the code the fuzz targets
    # exercise; the fuzzer main is linked into the fuzz targets only.
endif()
if(KRYNET_HARDEN)
    target_compile_definitions(krynet_compile_options INTERFACE _GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS)
    # _FORTIFY_SOURCE needs optimisation, and AddressSanitizer does its checks (and more) already.
    if(NOT KRYNET_SANITIZE)
        target_compile_options(krynet_compile_options INTERFACE -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3)
    endif()
endif()
