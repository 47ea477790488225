# textnorm_embed_file(<target> <file> <symbol>): compiles the bytes of <file> into <target> as
#   extern const char <symbol>[];  extern const unsigned long <symbol>_size;
# so a plugin carries its data and cannot lose it when installed or moved. The source is
# regenerated whenever the data file changes.
set(TEXTNORM_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/TextnormEmbedScript.cmake)

function(textnorm_embed_file target file symbol)
  get_filename_component(file ${file} ABSOLUTE)
  set(output ${CMAKE_CURRENT_BINARY_DIR}/embedded/${symbol}.cpp)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${file} -DOUTPUT=${output} -DSYMBOL=${symbol}
            -P ${TEXTNORM_EMBED_SCRIPT}
    DEPENDS ${file} ${TEXTNORM_EMBED_SCRIPT}
    COMMENT "Embedding ${file}"
    VERBATIM)
  target_sources(${target} PRIVATE ${output})
endfunction()
