# SPINESIGNAL_FUZZ=ON (the `fuzz` preset, clang only) instruments everything for libFuzzer with
# AddressSanitizer and UndefinedBehaviorSanitizer, and builds the targets in tests/fuzz/.
option(SPINESIGNAL_FUZZ "Build the libFuzzer targets (needs clang)" OFF)

if(SPINESIGNAL_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "SPINESIGNAL_FUZZ needs clang (use the fuzz preset: apt-get install clang-14 libclang-rt-14-dev)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
