# privacy_embed_files(OUTPUT <inc> FILES <json>...)
# Writes a .inc with one {"<file name>", R"(...)"} entry per file, regenerated
# when a file changes.
function(privacy_embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT "${ARG_OUTPUT}"
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${ARG_OUTPUT} "-DFILES=${ARG_FILES}"
            -P "${CMAKE_SOURCE_DIR}/cmake/EmbedFileScript.cmake"
    DEPENDS ${ARG_FILES} "${CMAKE_SOURCE_DIR}/cmake/EmbedFileScript.cmake"
    COMMENT "Embedding privacy-tidy data files"
    VERBATIM)
  add_custom_target(privacy_embedded_data DEPENDS "${ARG_OUTPUT}")
endfunction()
