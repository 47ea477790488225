# textnorm_add_plugin(<name> SOURCES...): builds textnorm-<name>.so the way the host expects:
# hidden visibility, every symbol resolved at link time, and exactly one exported symbol,
# textnorm_plugin_<name>_entry. A plugin whose TEXTNORM_DEFINE_PLUGIN gives another name fails
# to compile (the SDK checks it against TEXTNORM_PLUGIN_NAME), and one that defines no entry
# symbol of that name fails to link. Set TEXTNORM_PLUGIN_OUTPUT_DIR to choose where it is built.
function(textnorm_add_plugin name)
  if(NOT name MATCHES "^[a-z0-9_]+$")
    message(FATAL_ERROR "textnorm_add_plugin(${name}): a plugin name is lowercase letters, digits "
                        "and _ (it is part of a C symbol, textnorm_plugin_<name>_entry)")
  endif()
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
  target_compile_definitions(${target} PRIVATE TEXTNORM_PLUGIN_NAME="${name}")
  target_link_libraries(${target} PRIVATE textnorm::sdk)
  target_link_options(${target} PRIVATE "LINKER:--no-undefined"
    "LINKER:--version-script=${version_script}"
    "LINKER:--require-defined=textnorm_plugin_${name}_entry")
endfunction()

# textnorm_add_language_profile(<target> <file> <symbol> [WORD_COUNTS]): compiles a language
# profile at build time with textnorm-compile-profile and embeds the result into <target> as
# <symbol> (see textnorm_embed_file), for sdk::EvidenceWriter::word_table. <file> holds
# `word<TAB>natural log of its probability` lines, `#` comments and a `<unknown>` row; with
# WORD_COUNTS it holds `word<TAB>count` lines instead, which textnorm-make-profile first turns
# into such a profile (${CMAKE_CURRENT_BINARY_DIR}/<symbol>.tsv).
function(textnorm_add_language_profile target file symbol)
  cmake_parse_arguments(PARSE_ARGV 3 arg "WORD_COUNTS" "" "")
  get_filename_component(file ${file} ABSOLUTE)
  set(profile ${file})
  if(arg_WORD_COUNTS)
    set(profile ${CMAKE_CURRENT_BINARY_DIR}/${symbol}.tsv)
    _textnorm_tool(maker make-profile)
    add_custom_command(OUTPUT ${profile}
      COMMAND ${maker} ${file} ${profile}
      DEPENDS ${file} ${maker}
      COMMENT "Making a language profile from the word counts in ${file}" VERBATIM)
  endif()
  set(output ${CMAKE_CURRENT_BINARY_DIR}/${symbol}.bin)
  _textnorm_tool(compiler compile-profile)
  add_custom_command(OUTPUT ${output}
    COMMAND ${compiler} ${profile} ${output}
    DEPENDS ${profile} ${compiler}
    COMMENT "Compiling language profile ${profile}" VERBATIM)
  add_custom_target(${target}-${symbol} DEPENDS ${output})
  textnorm_embed_file(${target} ${output} ${symbol})
  add_dependencies(${target} ${target}-${symbol})
endfunction()

# textnorm_add_plugin_test(NAME <test> PLUGIN <name> CASES <file>): a CTest test that runs the
# cases of <file> through the textnorm command with plugin <name> (built by textnorm_add_plugin
# in this project) found first. <file> holds `input<TAB>expected` lines; a line
# `#! OPTIONS...` sets the `textnorm normalize` options of the cases after it (split at spaces;
# none before the first); other lines starting with `#`, and empty lines, are comments. A
# failing case is shown with its file and line, the options, the input, what was expected and
# what came out, and where they first differ.
function(textnorm_add_plugin_test)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;PLUGIN;CASES" "")
  foreach(keyword IN ITEMS NAME PLUGIN CASES)
    if(NOT arg_${keyword})
      message(FATAL_ERROR "textnorm_add_plugin_test: ${keyword} is missing "
                          "(textnorm_add_plugin_test(NAME test PLUGIN name CASES file))")
    endif()
  endforeach()
  if(NOT TARGET textnorm-${arg_PLUGIN})
    message(FATAL_ERROR "textnorm_add_plugin_test(${arg_NAME}): no plugin target "
                        "textnorm-${arg_PLUGIN} (textnorm_add_plugin(${arg_PLUGIN} ...) makes it)")
  endif()
  get_filename_component(cases ${arg_CASES} ABSOLUTE)
  _textnorm_tool(cli cli)
  add_test(NAME ${arg_NAME}
           COMMAND ${_TEXTNORM_PLUGIN_TEST_RUNNER} $<TARGET_FILE:${cli}>
                   $<TARGET_FILE_DIR:textnorm-${arg_PLUGIN}> ${arg_PLUGIN} ${cases})
  # Only the plugins installed beside textnorm and this one: the cases mean the same everywhere.
  set_tests_properties(${arg_NAME} PROPERTIES ENVIRONMENT_MODIFICATION "TEXTNORM_PLUGIN_PATH=unset:")
endfunction()

set(_TEXTNORM_PLUGIN_TEST_RUNNER ${CMAKE_CURRENT_LIST_DIR}/textnorm_plugin_test.sh)

# _textnorm_tool(<variable> <tool>): the target of a textnorm program, in textnorm's own build
# or from the installed package (textnorm::<tool>).
function(_textnorm_tool variable tool)
  if(tool STREQUAL "cli")
    set(own textnorm_cli)
  else()
    set(own textnorm-${tool})
  endif()
  if(TARGET ${own})
    set(${variable} ${own} PARENT_SCOPE)
  else()
    set(${variable} textnorm::${tool} PARENT_SCOPE)
  endif()
endfunction()
