# ICU for the web: Debian's ICU 72 source cross-compiled with emscripten
# (scripts/build-icu-wasm.sh, cached outside the clone), plus a data file
# trimmed to the app's locales (scripts/trim-icu-data.sh), linked in as
# `icudt72_dat` so ICU needs no file access.
execute_process(COMMAND ${CMAKE_C_COMPILER} --version OUTPUT_VARIABLE _emcc_version_text)
string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" _emcc_version "${_emcc_version_text}")
set(WEGWIJS_ICU_WASM_DIR "${WEGWIJS_CACHE}/icu-wasm/72.1-3+deb12u1-emscripten-${_emcc_version}"
    CACHE PATH "ICU built for wasm (scripts/build-icu-wasm.sh)")
if(NOT EXISTS "${WEGWIJS_ICU_WASM_DIR}/STAMP")
  message(FATAL_ERROR "ICU for wasm not found in ${WEGWIJS_ICU_WASM_DIR}. Run scripts/setup (it builds and caches it).")
endif()

# The app's locales, from i18n/languages.json ("ar-u-nu-latn" -> "ar").
file(READ ${PROJECT_SOURCE_DIR}/i18n/languages.json _langs)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/i18n/languages.json)
string(JSON _n LENGTH "${_langs}" languages)
math(EXPR _last "${_n} - 1")
set(WEGWIJS_ICU_LOCALES "")
foreach(i RANGE ${_last})
  string(JSON _loc GET "${_langs}" languages ${i} locale)
  string(REGEX REPLACE "[-_@].*" "" _loc "${_loc}")
  list(APPEND WEGWIJS_ICU_LOCALES ${_loc})
endforeach()
list(REMOVE_DUPLICATES WEGWIJS_ICU_LOCALES)

set(_icu_data_dir ${CMAKE_BINARY_DIR}/icu-data)
add_custom_command(
  OUTPUT ${_icu_data_dir}/icudata.c
  COMMAND ${PROJECT_SOURCE_DIR}/scripts/trim-icu-data.sh ${_icu_data_dir} ${WEGWIJS_ICU_LOCALES}
  DEPENDS ${PROJECT_SOURCE_DIR}/scripts/trim-icu-data.sh ${PROJECT_SOURCE_DIR}/i18n/languages.json
  COMMENT "Trimming ICU data to: ${WEGWIJS_ICU_LOCALES}")
add_library(wegwijs_icu_data STATIC ${_icu_data_dir}/icudata.c)
target_include_directories(wegwijs_icu_data PRIVATE ${WEGWIJS_ICU_WASM_DIR}/include)

add_library(wegwijs_icu INTERFACE)
target_include_directories(wegwijs_icu SYSTEM INTERFACE ${WEGWIJS_ICU_WASM_DIR}/include)
target_compile_definitions(wegwijs_icu INTERFACE U_STATIC_IMPLEMENTATION)
target_link_libraries(wegwijs_icu INTERFACE
  ${WEGWIJS_ICU_WASM_DIR}/lib/libicui18n.a ${WEGWIJS_ICU_WASM_DIR}/lib/libicuuc.a wegwijs_icu_data)
