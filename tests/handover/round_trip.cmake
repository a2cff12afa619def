# One scenario all the way, as a person and a regievoerder would take it:
# its answers -> `run --json` (the summary) -> `seal --qr` (the code and its QR
# code as PNG) -> zbarimg reads the PNG (a real QR decoder, as a phone camera)
# -> `open --format json` on what zbarimg read -> byte for byte the summary.
# Prints the code's length and QR version (docs/cli.md reports them).
#   -DRUNNER= -DCLI= -DSCENARIO=tests/scenarios/x.json -DWORK=dir -DZBARIMG=zbarimg
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
get_filename_component(name ${SCENARIO} NAME_WE)

function(run what)
  cmake_parse_arguments(R "" "INPUT;OUTPUT" "ARGS" ${ARGN})
  set(io)
  if(R_INPUT)
    list(APPEND io INPUT_FILE ${R_INPUT})
  endif()
  if(R_OUTPUT)
    list(APPEND io OUTPUT_FILE ${R_OUTPUT})
  else()
    list(APPEND io OUTPUT_VARIABLE out)
  endif()
  execute_process(COMMAND ${RUNNER} ${CLI} ${R_ARGS} ${io} RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${name}: ${what} failed (exit ${rc}):\n${err}")
  endif()
  set(err "${err}" PARENT_SCOPE)
endfunction()

file(READ ${SCENARIO} scenario)
string(JSON input GET "${scenario}" input)
file(WRITE ${WORK}/answers.json "${input}")
run("run --json" ARGS run --answers ${WORK}/answers.json --json OUTPUT ${WORK}/summary.json)
run("keygen" ARGS keygen --out ${WORK}/keys)
run("seal" ARGS seal --key ${WORK}/keys/gemeente.pub --expires 2099-12-31 --qr ${WORK}/code.png
    INPUT ${WORK}/summary.json OUTPUT ${WORK}/sealed.txt)
set(seal_note "${err}")

execute_process(COMMAND ${ZBARIMG} --quiet --raw ${WORK}/code.png RESULT_VARIABLE rc OUTPUT_VARIABLE scanned ERROR_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${name}: zbarimg found no QR code in ${WORK}/code.png (exit ${rc})")
endif()
string(REGEX REPLACE "\n$" "" scanned "${scanned}")
file(READ ${WORK}/sealed.txt sealed)
string(REGEX REPLACE "\n$" "" sealed "${sealed}")
if(NOT scanned STREQUAL sealed)
  message(FATAL_ERROR "${name}: the QR code reads\n${scanned}\nbut seal printed\n${sealed}")
endif()
file(WRITE ${WORK}/scanned.txt "${scanned}")

run("open" ARGS open --key ${WORK}/keys/gemeente.key --today 2099-12-31 --format json
    INPUT ${WORK}/scanned.txt OUTPUT ${WORK}/opened.json)
file(READ ${WORK}/summary.json summary)
file(READ ${WORK}/opened.json opened)
if(NOT opened STREQUAL summary)
  message(FATAL_ERROR "${name}: opened\n${opened}\nis not the sealed summary\n${summary}")
endif()
string(LENGTH "${summary}" json_bytes)
string(REGEX REPLACE "\n$" "" seal_note "${seal_note}")
message(STATUS "${name}: summary ${json_bytes} bytes of JSON; ${seal_note}")
