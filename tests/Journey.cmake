# [SECTION] The whole journey by one-finger touch, as a person does it: the real
# kiosk under its own Xvfb with synthetic pointer input (XTest through xdotool,
# tests/e2e/kiosk_journey.py) and the page in headless Chromium with touch
# emulation (web-build/touch-journey.mjs). Taps and drags only: no wheel, no
# keyboard, no --screen shortcut; what is on screen is read from the app's
# trace (--trace FILE / ?trace=1). Screenshots: build/*/screenshots/journey-*.png.
set(JOURNEY_SHOTS ${CMAKE_BINARY_DIR}/screenshots)
file(MAKE_DIRECTORY ${JOURNEY_SHOTS})

if(NOT WEGWIJS_WEB)
  # Debian's python3 (the one on PATH may be another build); standard library only.
  set(JOURNEY_PY /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/e2e/kiosk_journey.py)
  function(kiosk_journey name)
    add_test(NAME journey_kiosk_${name} COMMAND ${JOURNEY_PY} ${ARGN} --shots ${JOURNEY_SHOTS} --timeout 110)
    set_tests_properties(journey_kiosk_${name} PROPERTIES
      ENVIRONMENT "WEGWIJS_KIOSK=$<TARGET_FILE:wegwijs-kiosk>" RESOURCE_LOCK xvfb TIMEOUT 120)
  endfunction()
  foreach(lang nl ar)
    foreach(role migrant referent)
      kiosk_journey(${lang}_${role} journey --lang ${lang} --role ${role})
    endforeach()
  endforeach()
  # A few taps, then nobody: "are you still there?" after inactivity_seconds (15
  # here), the wipe after warning_seconds more (20).
  kiosk_journey(idle_wipe idle --lang nl --inactivity 15)
else()
  function(web_journey lang role)
    add_test(NAME journey_web_${lang}_${role}
      COMMAND node ${PROJECT_SOURCE_DIR}/web-build/touch-journey.mjs --dir ${CMAKE_BINARY_DIR}
              --out ${JOURNEY_SHOTS} --lang ${lang} --role ${role} --size 390x844 --scale 2 --timeout 140000)
    set_tests_properties(journey_web_${lang}_${role} PROPERTIES RESOURCE_LOCK chromium TIMEOUT 150)
  endfunction()
  web_journey(nl migrant)
  web_journey(ar referent)
endif()
