# Every scenario's summary is valid against docs/summary.schema.json, checked
# by ajv (JSON Schema 2020-12, strict); and ajv does refuse a broken one, so
# the check can fail.
include(${CMAKE_CURRENT_LIST_DIR}/scenario_summaries.cmake)
if(NOT EXISTS ${AJV_DIR}/node_modules/ajv/dist/2020.js)
  message(FATAL_ERROR "ajv not found in ${AJV_DIR}: run scripts/setup (it installs ajv into the cache)")
endif()
set(validate node ${CMAKE_CURRENT_LIST_DIR}/validate.cjs ${AJV_DIR} ${SRC}/docs/summary.schema.json)
execute_process(COMMAND ${validate} ${SUMMARIES} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "not valid against docs/summary.schema.json (exit ${rc}):\n${out}${err}")
endif()
message(STATUS "${out}")

list(GET SUMMARIES 0 good)
file(READ ${good} text)
string(JSON broken REMOVE "${text}" role)
string(JSON broken SET "${broken}" topics 0 chosen "\"yes\"")
file(WRITE ${WORK}/broken.json "${broken}")
execute_process(COMMAND ${validate} ${WORK}/broken.json RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT out MATCHES "must have required property 'role'")
  message(FATAL_ERROR "ajv accepted a summary without a role (exit ${rc}):\n${out}${err}")
endif()
message(STATUS "a broken summary is refused:\n${out}")
