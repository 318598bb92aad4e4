# Shared compile settings: one INTERFACE target every KryNet target links (qBittorrent's CommonConfig idea).
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

option(KRYNET_WERROR "Treat warnings as errors" OFF)
option(KRYNET_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(KRYNET_HARDEN "Build with _FORTIFY_SOURCE=3, _GLIBCXX_ASSERTIONS and QT_FORCE_ASSERTS" OFF)
option(KRYNET_FUZZ "Build libFuzzer targets (clang): coverage + ASan + UBSan everywhere (scripts/fuzz)" OFF)

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
if(KRYNET_SANITIZE)
    target_compile_options(krynet_compile_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                            -fno-sanitize-recover=undefined)
    target_link_options(krynet_compile_options INTERFACE -fsanitize=address,undefined)
endif()
if(KRYNET_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "KRYNET_FUZZ needs clang (libFuzzer): configure with the 'fuzz' preset")
    endif()
    # Coverage feedback for libFuzzer in every library; the fuzzer main is linked into fuzz targets only.
    target_compile_options(krynet_compile_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                            -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(krynet_compile_options INTERFACE -fsanitize=address,undefined)
endif()
if(KRYNET_HARDEN)
    target_compile_definitions(krynet_compile_options INTERFACE _GLIBCXX_ASSERTIONS QT_FORCE_ASSERTS)
    # _FORTIFY_SOURCE needs optimisation; level 3 where the C library knows it (glibc >= 2.34), 2 otherwise.
    target_compile_options(krynet_compile_options INTERFACE -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=3)
endif()
