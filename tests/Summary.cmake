# [SECTION] The hand-over summary (issue 8): every scenario's `run --json`
# reads back byte for byte through `summary --in`, is valid against the JSON
# Schema a gemeente registers (docs/summary.schema.json, checked by ajv from
# npm), and a broken one is refused with its JSON path. ${CLI_RUNNER} and
# ${CLI_PATH} come from Cli.cmake (node and the .js on the web preset).
set(WEGWIJS_AJV_DIR "${WEGWIJS_CACHE}/npm/ajv-8.20.0" CACHE PATH
    "ajv (JSON Schema validator) from npm, installed by scripts/setup; keep the version in step with it")
set(summary_args "-DRUNNER=${CLI_RUNNER}" -DCLI=${CLI_PATH} -DSRC=${PROJECT_SOURCE_DIR})
add_test(NAME summary_round_trip_every_scenario
  COMMAND ${CMAKE_COMMAND} ${summary_args} -DWORK=${CMAKE_CURRENT_BINARY_DIR}/summary-round-trip
          -P ${CMAKE_CURRENT_SOURCE_DIR}/summary/round_trip.cmake)
add_test(NAME summary_rejects_broken
  COMMAND ${CMAKE_COMMAND} ${summary_args} -DWORK=${CMAKE_CURRENT_BINARY_DIR}/summary-broken
          -P ${CMAKE_CURRENT_SOURCE_DIR}/summary/rejects_broken.cmake)
add_test(NAME summary_schema_every_scenario
  COMMAND ${CMAKE_COMMAND} ${summary_args} -DWORK=${CMAKE_CURRENT_BINARY_DIR}/summary-schema -DAJV_DIR=${WEGWIJS_AJV_DIR}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/summary/schema.cmake)
