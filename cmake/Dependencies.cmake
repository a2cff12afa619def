# Third-party dependencies. Everything comes from Debian packages or from the
# cache that scripts/setup fills (Dear ImGui source, ICU built for wasm).

# --- nlohmann_json -----------------------------------------------------------
if(WEGWIJS_WEB)
  # Never -I/usr/include under emcc: expose only the nlohmann headers.
  set(_sysinc "${CMAKE_BINARY_DIR}/sysinc")
  file(MAKE_DIRECTORY "${_sysinc}")
  if(NOT EXISTS "${_sysinc}/nlohmann")
    file(CREATE_LINK /usr/include/nlohmann "${_sysinc}/nlohmann" SYMBOLIC)
  endif()
  add_library(wegwijs_json INTERFACE)
  target_include_directories(wegwijs_json SYSTEM INTERFACE "${_sysinc}")
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  add_library(wegwijs_json INTERFACE)
  target_link_libraries(wegwijs_json INTERFACE nlohmann_json::nlohmann_json)
endif()

# --- Exceptions on the web (nlohmann_json reports bad input by throwing) -----
if(WEGWIJS_WEB)
  set(WEGWIJS_WEB_EH_FLAGS -fwasm-exceptions)
  add_compile_options(${WEGWIJS_WEB_EH_FLAGS})
  add_link_options(${WEGWIJS_WEB_EH_FLAGS})
  add_compile_options(-Oz)
  add_link_options(-Oz)
endif()

# --- ICU ----------------------------------------------------------------------
if(WEGWIJS_WEB)
  include(cmake/IcuWasm.cmake)
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-i18n icu-uc)
  add_library(wegwijs_icu INTERFACE)
  target_link_libraries(wegwijs_icu INTERFACE PkgConfig::ICU)
endif()

# --- The hand-over code: libsodium, qrcodegen, zlib (app/core/handover) ------
# Natively Debian's packages; on the web the same Debian sources, from the
# cache: libsodium built by scripts/build-sodium-wasm.sh, qrcodegen (its C
# library, one file) and zlib compiled here from scripts/fetch-wasm-sources' folders.
if(WEGWIJS_WEB)
  execute_process(COMMAND ${CMAKE_C_COMPILER} --version OUTPUT_VARIABLE _emcc_text)
  string(REGEX MATCH "[0-9]+\\.[0-9]+\\.[0-9]+" _emcc "${_emcc_text}")
  set(WEGWIJS_SODIUM_WASM_DIR "${WEGWIJS_CACHE}/sodium-wasm/1.0.18-1+deb12u1-emscripten-${_emcc}"
      CACHE PATH "libsodium built for wasm (scripts/build-sodium-wasm.sh)")
  set(WEGWIJS_QRCODEGEN_DIR "${WEGWIJS_CACHE}/qrcodegen/1.8.0-1.1"
      CACHE PATH "qr-code-generator source (scripts/fetch-wasm-sources)")
  set(WEGWIJS_ZLIB_DIR "${WEGWIJS_CACHE}/zlib/1.2.13.dfsg-1" CACHE PATH "zlib source (scripts/fetch-wasm-sources)")
  if(NOT EXISTS "${WEGWIJS_SODIUM_WASM_DIR}/STAMP" OR NOT EXISTS "${WEGWIJS_QRCODEGEN_DIR}/c/qrcodegen.c"
     OR NOT EXISTS "${WEGWIJS_ZLIB_DIR}/deflate.c")
    message(FATAL_ERROR "libsodium for wasm, qrcodegen or zlib source missing in ${WEGWIJS_CACHE}. Run scripts/setup.")
  endif()
  add_library(wegwijs_sodium INTERFACE)
  target_include_directories(wegwijs_sodium SYSTEM INTERFACE ${WEGWIJS_SODIUM_WASM_DIR}/include)
  target_link_libraries(wegwijs_sodium INTERFACE ${WEGWIJS_SODIUM_WASM_DIR}/lib/libsodium.a)
  add_library(wegwijs_qrcodegen STATIC ${WEGWIJS_QRCODEGEN_DIR}/c/qrcodegen.c)
  target_include_directories(wegwijs_qrcodegen SYSTEM PUBLIC ${WEGWIJS_QRCODEGEN_DIR}/c)
  add_library(wegwijs_zlib STATIC)
  foreach(f adler32 compress crc32 deflate inflate inftrees inffast trees zutil)
    target_sources(wegwijs_zlib PRIVATE ${WEGWIJS_ZLIB_DIR}/${f}.c)
  endforeach()
  target_include_directories(wegwijs_zlib SYSTEM PUBLIC ${WEGWIJS_ZLIB_DIR})
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
  pkg_check_modules(QRCODEGEN REQUIRED IMPORTED_TARGET qrcodegen)
  find_package(ZLIB REQUIRED)
  add_library(wegwijs_sodium INTERFACE)
  target_link_libraries(wegwijs_sodium INTERFACE PkgConfig::SODIUM)
  add_library(wegwijs_qrcodegen INTERFACE)
  target_link_libraries(wegwijs_qrcodegen INTERFACE PkgConfig::QRCODEGEN)
  add_library(wegwijs_zlib INTERFACE)
  target_link_libraries(wegwijs_zlib INTERFACE ZLIB::ZLIB)
endif()

# --- Dear ImGui (one pinned version for both targets, see scripts/lib.sh) -----
set(WEGWIJS_IMGUI_VERSION "1.92.2b")
set(WEGWIJS_IMGUI_DIR "${WEGWIJS_CACHE}/imgui/1.92.2b+ds-1/imgui-1.92.2b"
    CACHE PATH "Dear ImGui source (scripts/fetch-imgui puts it there)")
if(NOT EXISTS "${WEGWIJS_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui source not found in ${WEGWIJS_IMGUI_DIR}. Run scripts/setup first.")
endif()
add_library(imgui STATIC
  ${WEGWIJS_IMGUI_DIR}/imgui.cpp
  ${WEGWIJS_IMGUI_DIR}/imgui_draw.cpp
  ${WEGWIJS_IMGUI_DIR}/imgui_tables.cpp
  ${WEGWIJS_IMGUI_DIR}/imgui_widgets.cpp
  ${WEGWIJS_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  ${WEGWIJS_IMGUI_DIR}/backends/imgui_impl_glfw.cpp
  ${WEGWIJS_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${WEGWIJS_IMGUI_DIR} ${WEGWIJS_IMGUI_DIR}/backends)
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS)
if(WEGWIJS_WEB)
  target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_DEBUG_TOOLS)
  target_link_options(imgui PUBLIC -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sFULL_ES3=1 -sMAX_WEBGL_VERSION=2 -sMIN_WEBGL_VERSION=2)
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(GLFW REQUIRED IMPORTED_TARGET glfw3)
  find_package(OpenGL REQUIRED)
  target_link_libraries(imgui PUBLIC PkgConfig::GLFW OpenGL::GL ${CMAKE_DL_LIBS})
endif()

# --- GoogleTest ---------------------------------------------------------------
if(WEGWIJS_BUILD_TESTS)
  if(WEGWIJS_WEB)
    set(INSTALL_GTEST OFF CACHE BOOL "" FORCE)
    set(BUILD_GMOCK OFF CACHE BOOL "" FORCE)
    set(gtest_disable_pthreads ON CACHE BOOL "" FORCE)
    add_subdirectory(/usr/src/googletest ${CMAKE_BINARY_DIR}/googletest EXCLUDE_FROM_ALL)
    if(NOT TARGET GTest::gtest_main)
      add_library(GTest::gtest_main ALIAS gtest_main)
    endif()
  else()
    find_package(GTest REQUIRED)
  endif()
endif()
