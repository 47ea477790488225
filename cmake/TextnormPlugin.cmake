# textnorm_add_plugin(<name> SOURCES...): builds textnorm-<name>.so the way the host expects:
# hidden visibility, every symbol resolved at link time, and exactly one exported symbol,
# textnorm_plugin_<name>_entry. Set TEXTNORM_PLUGIN_OUTPUT_DIR to choose where it is built.
function(textnorm_add_plugin name)
  set(target textnorm-${name})
  add_library(${target} MODULE ${ARGN})
  set(version_script ${CMAKE_CURRENT_BINARY_DIR}/${target}.map)
  file(WRITE ${version_script} "{ global: textnorm_plugin_${name}_entry; local: *; };\n")
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    OUTPUT_NAME ${target}
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    LINK_DEPENDS ${version_script})
  if(TEXTNORM_PLUGIN_OUTPUT_DIR)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${TEXTNORM_PLUGIN_OUTPUT_DIR})
  endif()
  target_link_libraries(${target} PRIVATE textnorm::sdk)
  target_link_options(${target} PRIVATE "LINKER:--version-script=${version_script}")
  # Under clang's sanitizers the runtime lives in the executable, so a plugin has undefined
  # references to it by design.
  if(NOT (TEXTNORM_FUZZ OR (TEXTNORM_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "Clang")))
    target_link_options(${target} PRIVATE "LINKER:--no-undefined")
  endif()
endfunction()

# textnorm_add_language_profile(<target> <profile.tsv> <symbol>): compiles a language profile
# (`word<TAB>natural log of its probability` lines, `#` comments, a `<unknown>` row) at build
# time with textnorm-compile-profile, and embeds the result into <target> as <symbol> (see
# textnorm_embed_file), for sdk::EvidenceWriter::word_table.
function(textnorm_add_language_profile target profile symbol)
  get_filename_component(profile ${profile} ABSOLUTE)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/${symbol}.bin)
  if(TARGET textnorm-compile-profile)
    set(compiler textnorm-compile-profile)  # in textnorm's own build
  else()
    set(compiler textnorm::compile-profile)  # from the installed package
  endif()
  add_custom_command(OUTPUT ${output}
    COMMAND ${compiler} ${profile} ${output}
    DEPENDS ${profile} ${compiler}
    COMMENT "Compiling language profile ${profile}" VERBATIM)
  add_custom_target(${target}-${symbol} DEPENDS ${output})
  textnorm_embed_file(${target} ${output} ${symbol})
  add_dependencies(${target} ${target}-${symbol})
endfunction()
