# wegwijs_add_app(MAIN): the kiosk natively (build/native/wegwijs-kiosk), the
# page on the web (build/web/index.html + wegwijs.js/.wasm/.data + lazy fonts).
function(wegwijs_add_app main_source)
  if(NOT WEGWIJS_WEB)
    add_executable(wegwijs-kiosk ${main_source} ${PROJECT_SOURCE_DIR}/platform/platform_glfw.cpp
      ${PROJECT_SOURCE_DIR}/platform/native_assets.cpp)
    target_link_libraries(wegwijs-kiosk PRIVATE wegwijs_ui)
    target_compile_definitions(wegwijs-kiosk PRIVATE
      WEGWIJS_DEFAULT_CONFIG="${PROJECT_SOURCE_DIR}/assets/kiosk.json")
    return()
  endif()

  # Fonts: Noto from Debian, subset to the characters the catalogs and content
  # use. Latin (and the endonyms of other scripts) load with the page; a
  # script's full font loads when its language is chosen.
  set(fonts_dir ${CMAKE_BINARY_DIR}/app/fonts)
  file(GLOB catalogs CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/i18n/*.json)
  file(GLOB contents CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/content/*.json)
  set(font_outputs ${fonts_dir}/latin.ttf ${fonts_dir}/arabic.ttf ${fonts_dir}/endonyms.ttf)
  add_custom_command(
    OUTPUT ${font_outputs}
    COMMAND /usr/bin/python3 ${PROJECT_SOURCE_DIR}/web-build/subset-fonts.py
            --i18n ${PROJECT_SOURCE_DIR}/i18n --content ${PROJECT_SOURCE_DIR}/content --out ${fonts_dir}
    DEPENDS ${PROJECT_SOURCE_DIR}/web-build/subset-fonts.py ${catalogs} ${contents}
    COMMENT "Subsetting Noto fonts for the web page")
  add_custom_target(wegwijs_fonts DEPENDS ${font_outputs})

  add_executable(wegwijs ${main_source} ${PROJECT_SOURCE_DIR}/platform/platform_web.cpp)
  add_dependencies(wegwijs wegwijs_fonts)
  target_link_libraries(wegwijs PRIVATE wegwijs_ui)
  target_compile_definitions(wegwijs PRIVATE WEGWIJS_DEFAULT_CONFIG="/app/config.json")
  set_target_properties(wegwijs PROPERTIES SUFFIX ".js" RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR})
  target_link_options(wegwijs PRIVATE
    -sENVIRONMENT=web -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=33554432
    -sEXPORTED_RUNTIME_METHODS=[] -sFILESYSTEM=1
    "SHELL:--preload-file ${PROJECT_SOURCE_DIR}/web-build/config.json@/app/config.json"
    "SHELL:--preload-file ${PROJECT_SOURCE_DIR}/content@/app/content"
    "SHELL:--preload-file ${PROJECT_SOURCE_DIR}/i18n@/app/i18n"
    "SHELL:--preload-file ${fonts_dir}/latin.ttf@/app/fonts/latin.ttf"
    "SHELL:--preload-file ${fonts_dir}/endonyms.ttf@/app/fonts/endonyms.ttf")
  set_property(TARGET wegwijs APPEND PROPERTY LINK_DEPENDS
    ${PROJECT_SOURCE_DIR}/web-build/config.json ${catalogs} ${contents} ${font_outputs})
  add_custom_command(TARGET wegwijs POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${PROJECT_SOURCE_DIR}/web-build/index.html ${CMAKE_BINARY_DIR}/index.html)
endfunction()
