# The kiosk as a Debian package (natively): `cpack --preset kiosk` from the
# source folder after `cmake --build --preset native`, or `cpack -G DEB` in
# build/native. It holds the kiosk, the CLI, the content and catalogs, a
# config in /etc/wegwijs/ and a systemd user unit; fonts and libraries are
# package dependencies (dpkg-shlibdeps finds the libraries).
include(GNUInstallDirs)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(WEGWIJS_DATA_DIR ${CPACK_PACKAGING_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/wegwijs)
configure_file(${PROJECT_SOURCE_DIR}/assets/package/kiosk.json.in ${CMAKE_BINARY_DIR}/package/kiosk.json @ONLY)

install(TARGETS wegwijs-kiosk wegwijs-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/content/ DESTINATION ${CMAKE_INSTALL_DATADIR}/wegwijs/content
        FILES_MATCHING PATTERN "*.json")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/i18n/ DESTINATION ${CMAKE_INSTALL_DATADIR}/wegwijs/i18n
        FILES_MATCHING PATTERN "*.json")
install(FILES ${CMAKE_BINARY_DIR}/package/kiosk.json DESTINATION /etc/wegwijs)
install(FILES ${PROJECT_SOURCE_DIR}/assets/package/wegwijs-kiosk.service DESTINATION lib/systemd/user)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME wegwijs-kiosk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Wegwijs maintainers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Wegwijs: a multilingual pre-intake guide for family migrants (lobby kiosk)")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The gemeente edits /etc/wegwijs/kiosk.json: an upgrade must not overwrite it.
file(WRITE ${CMAKE_BINARY_DIR}/package/conffiles "/etc/wegwijs/kiosk.json\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_BINARY_DIR}/package/conffiles)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
include(CPack)
