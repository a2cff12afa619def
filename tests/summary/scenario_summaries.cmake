# Writes every scenario's summary with `wegwijs-cli run --json` into WORK/<name>.json
# (the scenario's "input" is the answers file) and sets SUMMARIES to their paths.
# Included by the summary test scripts; needs RUNNER, CLI, SRC, WORK.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(GLOB scenarios ${SRC}/tests/scenarios/*.json)
list(SORT scenarios)
set(SUMMARIES)
foreach(scenario ${scenarios})
  get_filename_component(name ${scenario} NAME_WE)
  file(READ ${scenario} text)
  string(JSON input GET "${text}" input)
  file(WRITE ${WORK}/${name}.answers.json "${input}")
  execute_process(COMMAND ${RUNNER} ${CLI} run --answers ${WORK}/${name}.answers.json --json
                  RESULT_VARIABLE rc OUTPUT_FILE ${WORK}/${name}.json ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${name}: run --json failed (exit ${rc}):\n${err}")
  endif()
  list(APPEND SUMMARIES ${WORK}/${name}.json)
endforeach()
list(LENGTH SUMMARIES count)
if(count LESS 12)
  message(FATAL_ERROR "only ${count} scenario summaries in ${SRC}/tests/scenarios")
endif()
