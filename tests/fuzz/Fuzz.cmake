# libFuzzer targets (preset `fuzz`, clang 14: -fsanitize=fuzzer,address,undefined).
# scripts/fuzz builds and runs them; the fuzz_replay_ tests replay the seeds
# (made from the shipped files by make_seeds.py) and the kept crashes.
set(WEGWIJS_FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})
set(WEGWIJS_FUZZ_TARGETS)
function(wegwijs_fuzzer name source)
  add_executable(fuzz_${name} ${WEGWIJS_FUZZ_DIR}/${source})
  target_link_libraries(fuzz_${name} PRIVATE wegwijs_core)
  target_include_directories(fuzz_${name} PRIVATE ${WEGWIJS_FUZZ_DIR})
  target_compile_definitions(fuzz_${name} PRIVATE WEGWIJS_SOURCE_DIR="${PROJECT_SOURCE_DIR}" ${ARGN})
  target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
  set(WEGWIJS_FUZZ_TARGETS ${WEGWIJS_FUZZ_TARGETS} ${name} PARENT_SCOPE)
endfunction()

foreach(file screens flow facts gemeente)
  wegwijs_fuzzer(content_${file} content_fuzzer.cpp WEGWIJS_FUZZ_FILE="${file}.json")
endforeach()
wegwijs_fuzzer(catalog catalog_fuzzer.cpp)
wegwijs_fuzzer(messageformat messageformat_fuzzer.cpp)
wegwijs_fuzzer(languages languages_fuzzer.cpp)
wegwijs_fuzzer(config config_fuzzer.cpp)
wegwijs_fuzzer(answers answers_fuzzer.cpp)
wegwijs_fuzzer(summary summary_fuzzer.cpp)
wegwijs_fuzzer(handover handover_fuzzer.cpp)

set(fuzz_target_list)
foreach(name ${WEGWIJS_FUZZ_TARGETS})
  list(APPEND fuzz_target_list fuzz_${name})
endforeach()
add_custom_target(fuzz_targets DEPENDS ${fuzz_target_list} wegwijs-cli)
# For scripts/fuzz: the list of targets this tree builds.
file(WRITE ${CMAKE_BINARY_DIR}/fuzz-targets.txt "${WEGWIJS_FUZZ_TARGETS}\n")

set(seeds ${CMAKE_BINARY_DIR}/fuzz-seeds)
add_test(NAME fuzz_seeds COMMAND python3 ${WEGWIJS_FUZZ_DIR}/make_seeds.py --src ${PROJECT_SOURCE_DIR} --out ${seeds}
                                 --cli $<TARGET_FILE:wegwijs-cli>)
set_tests_properties(fuzz_seeds PROPERTIES FIXTURES_SETUP fuzz_seeds)
foreach(name ${WEGWIJS_FUZZ_TARGETS})
  # -runs=0: run every input of the folders once, then stop (no fuzzing).
  set(crashes)
  if(IS_DIRECTORY ${WEGWIJS_FUZZ_DIR}/crashes/${name})
    set(crashes ${WEGWIJS_FUZZ_DIR}/crashes/${name})
  endif()
  file(MAKE_DIRECTORY ${seeds}/${name})
  add_test(NAME fuzz_replay_${name} COMMAND $<TARGET_FILE:fuzz_${name}> -runs=0 ${seeds}/${name} ${crashes})
  set_tests_properties(fuzz_replay_${name} PROPERTIES FIXTURES_REQUIRED fuzz_seeds TIMEOUT 600)
endforeach()
