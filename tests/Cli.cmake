# [SECTION] The CLI as people script it: exit codes and messages.
# ${CLI} runs the CLI in add_test(); cmake -P scripts get RUNNER (node or
# nothing) and CLI_PATH separately, since a list does not survive -D.
if(WEGWIJS_WEB)
  set(CLI_RUNNER node)
  set(CLI_PATH ${CMAKE_BINARY_DIR}/wegwijs-cli.js)
else()
  set(CLI_RUNNER "")
  set(CLI_PATH $<TARGET_FILE:wegwijs-cli>)
endif()
set(CLI ${CLI_RUNNER} ${CLI_PATH})

add_test(NAME cli_content_check_ok COMMAND ${CLI} content check ${PROJECT_SOURCE_DIR}/content)
set_tests_properties(cli_content_check_ok PROPERTIES PASS_REGULAR_EXPRESSION "content OK")

# A broken copy of the content is rejected with file, JSON path and problem.
add_test(NAME cli_content_check_rejects_broken
  COMMAND ${CMAKE_COMMAND} "-DRUNNER=${CLI_RUNNER}" -DCLI=${CLI_PATH} -DSRC=${PROJECT_SOURCE_DIR} -DWORK=${CMAKE_CURRENT_BINARY_DIR}/broken-content
          -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/content_check_broken.cmake)

if(WEGWIJS_WEB AND WEGWIJS_NATIVE_BUILD_DIR)
  # Native ICU (Debian) and wasm ICU (trimmed data) must format identically.
  add_test(NAME i18n_native_equals_wasm
    COMMAND ${CMAKE_COMMAND} -DNATIVE=${WEGWIJS_NATIVE_BUILD_DIR}/wegwijs-cli -DWASM=${CMAKE_BINARY_DIR}/wegwijs-cli.js
            -DWORK=${CMAKE_CURRENT_BINARY_DIR} -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/compare_native_wasm.cmake)
endif()

# The flow headlessly: an answers file in, the hand-over summary out.
# --json: the canonical summary (codes only, compact, keys sorted; docs/answers.md).
add_test(NAME cli_run_answers_json
  COMMAND ${CLI} run --answers ${CMAKE_CURRENT_SOURCE_DIR}/cli/answers_example.json --locale nl --json)
set_tests_properties(cli_run_answers_json PROPERTIES
  PASS_REGULAR_EXPRESSION "^{\"answers\":{[^}]*\"card_date\":\"2026-03-12\".*\"document\":\"wegwijs.intake-summary\".*\"indicative_route\":{[^}]*\"id\":\"z\".*\"language_used\":\"en\".*\"schema_version\":2")
# Without --json: the screens shown and the summary as the regievoerder reads it, in --locale.
add_test(NAME cli_run_answers_text
  COMMAND ${CLI} run --answers ${CMAKE_CURRENT_SOURCE_DIR}/cli/answers_example.json --locale nl)
set_tests_properties(cli_run_answers_text PROPERTIES
  PASS_REGULAR_EXPRESSION "^screens: start .*Samenvatting voor de brede intake\n.*: 12 maart 2026\n.*: Z-route\n")
add_test(NAME cli_run_rejects_bad_answers
  COMMAND ${CMAKE_COMMAND} "-DRUNNER=${CLI_RUNNER}" -DCLI=${CLI_PATH} -DWORK=${CMAKE_CURRENT_BINARY_DIR}/bad-answers
          -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/run_bad_answers.cmake)
