# [SECTION] The hand-over code through the CLI (issue 9): keygen, seal, open.
# Natively and, on the web preset, the CLI as wasm under node (${CLI_RUNNER}).
# Each scenario goes summary -> seal -> QR PNG -> zbarimg -> open -> the same
# summary; the bad codes are refused one by one with their messages.
find_program(ZBARIMG zbarimg)
if(NOT ZBARIMG)
  message(WARNING "zbarimg not found (Debian package zbar-tools, scripts/setup installs it): "
                  "the QR round trips are not tested")
endif()
set(_handover_work ${CMAKE_CURRENT_BINARY_DIR}/handover)
# The scenarios, and the largest answer set the app allows: it must fit one QR code.
file(GLOB _scenarios CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/scenarios/*.json)
foreach(scenario ${_scenarios} ${CMAKE_CURRENT_SOURCE_DIR}/handover/largest_answer_set.json)
  get_filename_component(name ${scenario} NAME_WE)
  if(ZBARIMG)
    add_test(NAME handover_round_trip_${name}
      COMMAND ${CMAKE_COMMAND} "-DRUNNER=${CLI_RUNNER}" -DCLI=${CLI_PATH} -DSCENARIO=${scenario}
              -DWORK=${_handover_work}/${name} -DZBARIMG=${ZBARIMG} -P ${CMAKE_CURRENT_SOURCE_DIR}/handover/round_trip.cmake)
  endif()
endforeach()
add_test(NAME handover_bad_codes
  COMMAND ${CMAKE_COMMAND} "-DRUNNER=${CLI_RUNNER}" -DCLI=${CLI_PATH} -DSRC=${PROJECT_SOURCE_DIR}
          -DWORK=${_handover_work}/bad-codes -P ${CMAKE_CURRENT_SOURCE_DIR}/handover/bad_codes.cmake)
add_test(NAME handover_keygen
  COMMAND ${CMAKE_COMMAND} "-DRUNNER=${CLI_RUNNER}" -DCLI=${CLI_PATH} -DWORK=${_handover_work}/keygen
          -P ${CMAKE_CURRENT_SOURCE_DIR}/handover/keygen.cmake)
add_test(NAME handover_open_text
  COMMAND ${CMAKE_COMMAND} "-DRUNNER=${CLI_RUNNER}" -DCLI=${CLI_PATH} -DSRC=${PROJECT_SOURCE_DIR}
          -DWORK=${_handover_work}/open-text -P ${CMAKE_CURRENT_SOURCE_DIR}/handover/open_text.cmake)
