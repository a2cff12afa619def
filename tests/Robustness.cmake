# [SECTION] Robustness (issue 13): bad input never crashes, sanitizers, fuzzing.
#
#   cli_robustness_*   every wegwijs-cli verb fed random, truncated and mutated
#                      copies of the scenarios, summaries, content and catalogs:
#                      exit 0, 1 or 2 with a message, never a signal, at most a
#                      CPU second per call (tests/fuzz/cli_robustness.py)
#   sanitize_*         the core tests and the UI walk-throughs as whole binaries
#                      (preset `sanitize`: ASan + UBSan; its test preset runs
#                      these and the cli_ tests)
#   fuzz_*             the libFuzzer targets replay their seeds and every kept
#                      crash in tests/fuzz/crashes/ (preset `fuzz`; scripts/fuzz)
if(WEGWIJS_WEB)
  return()
endif()

# Fewer random cases under the sanitizers: each call costs more there.
if(CMAKE_BUILD_TYPE STREQUAL "Sanitize")
  set(WEGWIJS_ROBUSTNESS_ARGS --cases 60 --trap-stride 4)
else()
  set(WEGWIJS_ROBUSTNESS_ARGS --cases 150)
endif()
foreach(kind usage answers summary content handover calculators)
  add_test(NAME cli_robustness_${kind}
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/cli_robustness.py --cli $<TARGET_FILE:wegwijs-cli>
            --src ${PROJECT_SOURCE_DIR} --work ${CMAKE_CURRENT_BINARY_DIR}/cli-robustness/${kind}
            --only ${kind} ${WEGWIJS_ROBUSTNESS_ARGS})
  set_tests_properties(cli_robustness_${kind} PROPERTIES TIMEOUT 900)
endforeach()

if(CMAKE_BUILD_TYPE STREQUAL "Sanitize")
  add_test(NAME sanitize_core_tests COMMAND core_tests)
  add_test(NAME sanitize_ui_tests COMMAND ui_tests)
  set_tests_properties(sanitize_core_tests sanitize_ui_tests PROPERTIES TIMEOUT 1800)
endif()

option(WEGWIJS_FUZZ "Build the libFuzzer targets (clang; preset fuzz)" OFF)
if(WEGWIJS_FUZZ)
  include(${CMAKE_CURRENT_SOURCE_DIR}/fuzz/Fuzz.cmake)
endif()
