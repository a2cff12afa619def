# [SECTION] Screens as a person sees them: the kiosk under Xvfb and the page in
# headless Chromium, rendered to PNG (build/*/screenshots/), asserting the frame
# is not blank, the page becomes ready, the console has no errors and nothing
# is requested from any other origin (see scripts/screenshot).
set(SHOTS ${CMAKE_BINARY_DIR}/screenshots)
file(MAKE_DIRECTORY ${SHOTS})
set(SHOT ${PROJECT_SOURCE_DIR}/scripts/screenshot)

if(NOT WEGWIJS_WEB)
  function(kiosk_shot name)
    add_test(NAME screen_kiosk_${name} COMMAND ${SHOT} kiosk ${SHOTS}/kiosk-${name}.png ${ARGN})
    set_tests_properties(screen_kiosk_${name} PROPERTIES
      ENVIRONMENT "WEGWIJS_KIOSK=$<TARGET_FILE:wegwijs-kiosk>" RESOURCE_LOCK xvfb TIMEOUT 60)
  endfunction()
  kiosk_shot(language-nl --size 1920x1080)
  kiosk_shot(welcome-ar --size 1920x1080 --lang ar)
  kiosk_shot(welcome-en-phone --size 390x844 --lang en)
  kiosk_shot(route-nl --size 1920x1080 --lang nl --role migrant --screen route_result)
  kiosk_shot(loan-en --size 1920x2600 --lang en --role migrant --screen loan)
  kiosk_shot(timeline-ar --size 1920x1600 --lang ar --role migrant --screen timeline)
  kiosk_shot(review-en-referent --size 1920x1080 --lang en --role referent --screen review)

  # The kiosk refuses to start on invalid content, saying why.
  add_test(NAME kiosk_refuses_invalid_content
    COMMAND ${CMAKE_COMMAND} -DKIOSK=$<TARGET_FILE:wegwijs-kiosk> -DSRC=${PROJECT_SOURCE_DIR}
            -DWORK=${CMAKE_CURRENT_BINARY_DIR}/kiosk-bad-content -P ${CMAKE_CURRENT_SOURCE_DIR}/cli/kiosk_bad_content.cmake)
else()
  function(web_shot name size query)
    add_test(NAME screen_web_${name} COMMAND ${SHOT} web ${SHOTS}/web-${name}.png --size ${size} --query "${query}")
    set_tests_properties(screen_web_${name} PROPERTIES
      ENVIRONMENT "WEGWIJS_WEB_DIR=${CMAKE_BINARY_DIR}" RESOURCE_LOCK chromium TIMEOUT 90)
  endfunction()
  web_shot(language-nl 1280x800 "")
  web_shot(welcome-ar-phone 390x844 "lang=ar")
  web_shot(welcome-en-phone 390x844 "lang=en")
  web_shot(loan-en-phone 390x844 "lang=en&role=migrant&screen=loan")
  web_shot(timeline-ar-phone 390x844 "lang=ar&role=migrant&screen=timeline")
endif()
