# `wegwijs-cli run` on answers files a person might get wrong: each problem is
# named with the file, the JSON path and what is wrong, and the exit code is 1.
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

function(expect_refused what text expected)
  file(WRITE ${WORK}/answers.json "${text}")
  execute_process(COMMAND ${RUNNER} ${CLI} run --answers ${WORK}/answers.json --json
                  RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
  if(NOT rc EQUAL 1)
    message(FATAL_ERROR "${what}: expected exit code 1, got ${rc}:\n${out}${err}")
  endif()
  if(NOT err MATCHES "${expected}")
    message(FATAL_ERROR "${what}: expected a message matching '${expected}', got:\n${err}")
  endif()
  message(STATUS "${what}: refused as expected: ${err}")
endfunction()

expect_refused("bad JSON" "{\"role\": \"migrant\", " "answers.json: not valid JSON")
expect_refused("unknown question" "{\"role\": \"migrant\", \"answers\": {\"favourite_colour\": \"blue\"}}"
               "answers.json: /answers/favourite_colour: unknown question id \"favourite_colour\"")
expect_refused("number out of range" "{\"role\": \"migrant\", \"answers\": {\"learning_hours\": 99}}"
               "answers.json: /answers/learning_hours: Enter a number from 0 to 60")
expect_refused("unknown option" "{\"role\": \"migrant\", \"answers\": {\"age_band\": \"old\"}}"
               "answers.json: /answers/age_band: .*expected one option id \\(under_18, 18_29")
expect_refused("date in the future" "{\"role\": \"migrant\", \"today\": \"2026-11-28\", \"answers\": {\"card_date\": \"2027-01-01\"}}"
               "answers.json: /answers/card_date: This date is in the future")
expect_refused("no role" "{\"answers\": {}}" "answers.json: /role: must be one of: migrant, referent")
