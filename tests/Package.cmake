# [SECTION] The kiosk's .deb: built, accepted by dpkg, unpacked and started
# (tests/package/install_test.sh). Natively only.
if(NOT WEGWIJS_WEB)
  add_test(NAME package_install COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/package/install_test.sh ${CMAKE_BINARY_DIR}
           ${CMAKE_BINARY_DIR}/screenshots)
  set_tests_properties(package_install PROPERTIES RESOURCE_LOCK xvfb TIMEOUT 120)
endif()
