# [SECTION] Robustness (issue 13): bad input never crashes.
#
#   cli_robustness_*   every wegwijs-cli verb fed random, truncated and mutated
#                      copies of the scenarios, summaries, content and catalogs:
#                      exit 0, 1 or 2 with a message, never a signal, at most a
#                      CPU second per call (tests/fuzz/cli_robustness.py)
if(WEGWIJS_WEB)
  return()
endif()

set(WEGWIJS_ROBUSTNESS_CASES 150)
foreach(kind usage answers summary content calculators)
  add_test(NAME cli_robustness_${kind}
    COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/cli_robustness.py --cli $<TARGET_FILE:wegwijs-cli>
            --src ${PROJECT_SOURCE_DIR} --work ${CMAKE_CURRENT_BINARY_DIR}/cli-robustness/${kind}
            --only ${kind} --cases ${WEGWIJS_ROBUSTNESS_CASES})
  set_tests_properties(cli_robustness_${kind} PROPERTIES TIMEOUT 900)
endforeach()
