# Sanitizer and fuzzing options (docs/testing.md, docs/fuzzing.md). Both are
# off by default: the normal build is not changed by this file.
#
# PRIVACY_TIDY_SANITIZE=address,undefined instruments everything the build
# compiles: the privacy-tidy command, privacy-tidy-summarize, the SARIF test
# driver and the plugin. Executables link the shared ASan runtime (with an
# RPATH to it), so that the uninstrumented clang-tidy can load the
# instrumented plugin when the same runtime is preloaded into it
# (LD_PRELOAD=${PRIVACY_TIDY_ASAN_RUNTIME}; the lit suite does that itself).
#
# PRIVACY_TIDY_FUZZ=ON builds the libFuzzer harnesses of bench/fuzz.
set(PRIVACY_TIDY_SANITIZE "" CACHE STRING
    "Sanitizers to build with, as for -fsanitize= (e.g. address,undefined); empty: none")
option(PRIVACY_TIDY_FUZZ "Build the libFuzzer harnesses (bench/fuzz); needs Clang and libclang-rt-N-dev" OFF)
set(PRIVACY_TIDY_FUZZ_SANITIZE "address,undefined" CACHE STRING
    "Sanitizers the fuzz harnesses are built with, besides fuzzer")

# Flags every sanitized compile gets: vptr checks need RTTI, which LLVM and
# the plugin do without; UB stops the program (a test fails, a fuzzer
# reports), rather than printing and going on.
set(PRIVACY_TIDY_SANITIZER_COMMON_FLAGS
    -fno-sanitize=vptr -fno-sanitize-recover=all -fno-omit-frame-pointer
    -gline-tables-only)

set(PRIVACY_TIDY_ASAN_RUNTIME "")
if(PRIVACY_TIDY_SANITIZE)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PRIVACY_TIDY_SANITIZE needs Clang (got ${CMAKE_CXX_COMPILER_ID})")
  endif()
  add_compile_options(-fsanitize=${PRIVACY_TIDY_SANITIZE} ${PRIVACY_TIDY_SANITIZER_COMMON_FLAGS})
  set(_privacy_san_link "-fsanitize=${PRIVACY_TIDY_SANITIZE}")
  if(PRIVACY_TIDY_SANITIZE MATCHES "address")
    execute_process(
      COMMAND "${CMAKE_CXX_COMPILER}" -print-file-name=libclang_rt.asan-${CMAKE_SYSTEM_PROCESSOR}.so
      OUTPUT_VARIABLE PRIVACY_TIDY_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT EXISTS "${PRIVACY_TIDY_ASAN_RUNTIME}")
      message(FATAL_ERROR "privacy-tidy: no shared ASan runtime (${PRIVACY_TIDY_ASAN_RUNTIME}); "
                          "install libclang-rt-${LLVM_VERSION_MAJOR}-dev")
    endif()
    get_filename_component(_privacy_asan_dir "${PRIVACY_TIDY_ASAN_RUNTIME}" DIRECTORY)
    string(APPEND _privacy_san_link " -shared-libasan -Wl,-rpath,${_privacy_asan_dir}")
  endif()
  # Executables only: the plugin (a MODULE) takes the runtime's symbols from
  # the process that loads it.
  string(APPEND CMAKE_EXE_LINKER_FLAGS " ${_privacy_san_link}")
  message(STATUS "privacy-tidy: sanitizers ${PRIVACY_TIDY_SANITIZE} (ASan runtime: ${PRIVACY_TIDY_ASAN_RUNTIME})")
endif()
