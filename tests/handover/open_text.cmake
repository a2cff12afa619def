# `open --format text --out FILE` writes the Dutch outline the regievoerder
# reads: the same as `summary --format text` of the summary that was sealed.
#   -DRUNNER= -DCLI= -DSRC=source dir -DWORK=dir
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
execute_process(COMMAND ${RUNNER} ${CLI} keygen --out ${WORK}/keys OUTPUT_QUIET)
file(READ ${SRC}/tests/scenarios/12_referent_onderwijs_ar.json scenario)
string(JSON input GET "${scenario}" input)
file(WRITE ${WORK}/answers.json "${input}")
execute_process(COMMAND ${RUNNER} ${CLI} run --answers ${WORK}/answers.json --json OUTPUT_FILE ${WORK}/summary.json)
execute_process(COMMAND ${RUNNER} ${CLI} seal --key ${WORK}/keys/gemeente.pub INPUT_FILE ${WORK}/summary.json
                OUTPUT_FILE ${WORK}/code.txt RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "seal: exit ${rc}: ${err}")
endif()
execute_process(COMMAND ${RUNNER} ${CLI} open --key ${WORK}/keys/gemeente.key --format text --locale nl --out ${WORK}/opened.txt
                INPUT_FILE ${WORK}/code.txt RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out STREQUAL "")
  message(FATAL_ERROR "open --format text --out: exit ${rc}, stdout '${out}':\n${err}")
endif()
execute_process(COMMAND ${RUNNER} ${CLI} summary --in ${WORK}/summary.json --format text --locale nl OUTPUT_VARIABLE expected)
file(READ ${WORK}/opened.txt opened)
if(NOT opened STREQUAL expected OR opened STREQUAL "")
  message(FATAL_ERROR "open --format text wrote\n${opened}\nbut the summary reads\n${expected}")
endif()
message(STATUS "opened as Dutch text:\n${opened}")
