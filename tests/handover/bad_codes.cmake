# `open` on every kind of bad code a regievoerder may get: each is refused with
# exit 1 and its own one-line message, never a crash or a wrong summary.
# Also `seal` on input that is no valid summary, and `open --format pdf`.
#   -DRUNNER= -DCLI= -DSRC=source dir -DWORK=dir
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
macro(cli)
  execute_process(COMMAND ${RUNNER} ${CLI} ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
endmacro()
cli(keygen --out ${WORK}/gemeente)
cli(keygen --out ${WORK}/other)
file(READ ${SRC}/tests/scenarios/01_migrant_b1_default.json scenario)
string(JSON input GET "${scenario}" input)
file(WRITE ${WORK}/answers.json "${input}")
execute_process(COMMAND ${RUNNER} ${CLI} run --answers ${WORK}/answers.json --json OUTPUT_FILE ${WORK}/summary.json)
execute_process(COMMAND ${RUNNER} ${CLI} seal --key ${WORK}/gemeente/gemeente.pub --expires 2027-03-01
                INPUT_FILE ${WORK}/summary.json OUTPUT_VARIABLE code RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "seal failed (exit ${rc}): ${err}")
endif()
string(STRIP "${code}" code)
string(LENGTH "${code}" length)

# open_expect(what input expected-regex [today])
function(open_expect what input expected)
  set(today 2027-01-15)
  if(ARGN)
    set(today ${ARGN})
  endif()
  file(WRITE ${WORK}/input.txt "${input}")
  execute_process(COMMAND ${RUNNER} ${CLI} open --key ${WORK}/gemeente/gemeente.key --today ${today}
                  INPUT_FILE ${WORK}/input.txt RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 1)
    message(FATAL_ERROR "${what}: exit ${rc}, expected 1:\n${out}${err}")
  endif()
  if(NOT out STREQUAL "")
    message(FATAL_ERROR "${what}: printed something although refused:\n${out}")
  endif()
  if(NOT err MATCHES "^wegwijs-cli open: ${expected}\n$")
    message(FATAL_ERROR "${what}: expected one line 'wegwijs-cli open: ${expected}', got:\n${err}")
  endif()
  message(STATUS "${what}: ${err}")
endfunction()

string(SUBSTRING "${code}" 0 200 first200)
string(SUBSTRING "${code}" 4 -1 body)
math(EXPR middle "${length} / 2")
string(SUBSTRING "${code}" 0 ${middle} head)
math(EXPR after "${middle} + 1")
string(SUBSTRING "${code}" ${after} -1 tail)
string(SUBSTRING "${code}" ${middle} 1 was)
if(was STREQUAL "A")
  set(now "B")
else()
  set(now "A")
endif()

open_expect("empty input" "" "no code: the input is empty")
open_expect("only white space" "  \n" "no code: the input is empty")
open_expect("random text" "Goedemorgen, hier is mijn code\n" "not a Wegwijs code: a hand-over code starts with WW1:")
open_expect("unknown prefix" "HC1:${body}" "not a Wegwijs code: a hand-over code starts with WW1:")
open_expect("unknown version" "WW2:${body}" "a code of another Wegwijs version \\(WW2:\\): this version opens WW1: codes; .*")
open_expect("a changed character" "${head}${now}${tail}"
            "the code was changed: a character is wrong \\(its check does not match\\); copy or scan it again")
open_expect("a character no code has" "${head}#${tail}" "character [0-9]+ \\(\"#\"\\) cannot be in a code: it was changed or mistyped")
open_expect("truncated" "${first200}" "the code is incomplete: it has 200 of its ${length} characters; copy or scan all of it")
open_expect("expired" "${code}" "the code expired on 2027-03-01 \\(today is 2027-03-02\\): ask the person to make a new one"
            2027-03-02)
file(WRITE ${WORK}/input.txt "${code}")
execute_process(COMMAND ${RUNNER} ${CLI} open --key ${WORK}/other/gemeente.key INPUT_FILE ${WORK}/input.txt
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "^wegwijs-cli open: the code is sealed to another gemeente key \\(key id [0-9a-f]+\\); this key is [0-9a-f]+: open it with the key it was made for\n$")
  message(FATAL_ERROR "wrong key: exit ${rc}:\n${out}${err}")
endif()
message(STATUS "wrong key: ${err}")

# The key files the wrong way round.
file(WRITE ${WORK}/input.txt "${code}")
execute_process(COMMAND ${RUNNER} ${CLI} open --key ${WORK}/gemeente/gemeente.pub INPUT_FILE ${WORK}/input.txt
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "gemeente.pub: this is the public key \\(gemeente.pub\\): it can seal, only the secret key opens")
  message(FATAL_ERROR "open with the public key: exit ${rc}:\n${err}")
endif()
execute_process(COMMAND ${RUNNER} ${CLI} seal --key ${WORK}/gemeente/gemeente.key INPUT_FILE ${WORK}/summary.json
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT out STREQUAL "" OR NOT err MATCHES "gemeente.key: this is the secret key \\(gemeente.key\\): it never leaves the regievoerder")
  message(FATAL_ERROR "seal with the secret key: exit ${rc}:\n${out}${err}")
endif()

# seal refuses what is not a valid summary, with its problems, and prints no code.
function(seal_expect what input expected)
  file(WRITE ${WORK}/input.json "${input}")
  execute_process(COMMAND ${RUNNER} ${CLI} seal --key ${WORK}/gemeente/gemeente.pub INPUT_FILE ${WORK}/input.json
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 1 OR NOT out STREQUAL "" OR NOT err MATCHES "${expected}")
    message(FATAL_ERROR "seal ${what}: exit ${rc}, expected 1, no code and '${expected}':\n${out}${err}")
  endif()
  message(STATUS "seal ${what}: ${err}")
endfunction()
seal_expect("nothing" "" "stdin is empty: pipe a summary into it")
seal_expect("not JSON" "answers: yes" "stdin: not JSON")
file(READ ${WORK}/summary.json summary)
string(REPLACE "\"role\":\"migrant\"" "\"role\":\"astronaut\"" bad_summary "${summary}")
seal_expect("an unknown role" "${bad_summary}" "stdin: /role: .*nothing sealed")

# open --format pdf is not there yet, and says so.
file(WRITE ${WORK}/input.txt "${code}")
execute_process(COMMAND ${RUNNER} ${CLI} open --key ${WORK}/gemeente/gemeente.key --format pdf --out ${WORK}/x.pdf
                INPUT_FILE ${WORK}/input.txt RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 2 OR NOT err MATCHES "--format pdf: not yet" OR EXISTS ${WORK}/x.pdf)
  message(FATAL_ERROR "open --format pdf: exit ${rc}:\n${err}")
endif()
