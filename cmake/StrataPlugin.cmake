# strata_add_plugin(NAME SOURCES file... [RESOURCES dir] [WITHOUT_MANIFEST_SECTION])
#
# Builds the plugin NAME as strata_NAME.so, exporting nothing but its entry point, and copies the
# files of RESOURCES into a folder NAME/ beside it, where PluginContext::resource_dir points.
# After linking, the strata program loads the plugin once and its manifest is embedded in the
# file's strata_manifest section (StrataEmbedManifest.cmake), so `strata plugins info` can
# describe the plugin even where it cannot be loaded. WITHOUT_MANIFEST_SECTION skips that, for
# test fixtures strata refuses to load. Used by the plugins in this tree and, through
# find_package(Strata) (which sets STRATA_EXECUTABLE), by plugins outside it.

set(_STRATA_PLUGIN_CMAKE_DIR "${CMAKE_CURRENT_LIST_DIR}")

# Adds the post-link step that embeds the manifest of `target`; see StrataEmbedManifest.cmake.
function(_strata_embed_manifest target)
  if(TARGET strata)
    # Inside the Strata tree: the strata program built here, before the plugin.
    set(strata_program "$<TARGET_FILE:strata>")
    add_dependencies(${target} strata)
  elseif(DEFINED STRATA_EXECUTABLE)
    set(strata_program "${STRATA_EXECUTABLE}")
  else()
    message(FATAL_ERROR "strata_add_plugin: no strata program to read the manifest with; "
      "use find_package(Strata), which sets STRATA_EXECUTABLE")
  endif()
  if(NOT CMAKE_OBJCOPY)
    message(FATAL_ERROR "strata_add_plugin: objcopy (binutils) is needed to embed the manifest")
  endif()
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${CMAKE_COMMAND} "-DSTRATA=${strata_program}" "-DPLUGIN=$<TARGET_FILE:${target}>"
            "-DMANIFEST=${CMAKE_CURRENT_BINARY_DIR}/${target}.manifest.json"
            "-DOBJCOPY=${CMAKE_OBJCOPY}" -P "${_STRATA_PLUGIN_CMAKE_DIR}/StrataEmbedManifest.cmake"
    COMMENT "Embedding the manifest of ${target}"
    VERBATIM)
endfunction()

function(strata_add_plugin name)
  cmake_parse_arguments(ARG "WITHOUT_MANIFEST_SECTION" "RESOURCES" "SOURCES" ${ARGN})
  if(NOT name MATCHES "^[a-z][a-z0-9_-]*$")
    message(FATAL_ERROR "strata_add_plugin: '${name}' is not a valid plugin name")
  endif()
  set(target strata_${name})
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE Strata::sdk)
  set_target_properties(${target} PROPERTIES
    PREFIX ""
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  if(DEFINED STRATA_PLUGIN_OUTPUT_DIR)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${STRATA_PLUGIN_OUTPUT_DIR}")
  endif()
  # Only the entry aliases leave the library (plugin-host.md, rule 8); unresolved symbols are
  # caught at link time, not when a user loads the plugin. Relinked when the script changes.
  target_link_options(${target} PRIVATE
    "LINKER:--version-script=${_STRATA_PLUGIN_CMAKE_DIR}/strata-plugin.map"
    "LINKER:--no-undefined")
  set_property(TARGET ${target} APPEND PROPERTY
    LINK_DEPENDS "${_STRATA_PLUGIN_CMAKE_DIR}/strata-plugin.map")
  if(NOT ARG_WITHOUT_MANIFEST_SECTION)
    _strata_embed_manifest(${target})
  endif()
  if(ARG_RESOURCES)
    if(NOT IS_ABSOLUTE "${ARG_RESOURCES}")
      set(ARG_RESOURCES "${CMAKE_CURRENT_SOURCE_DIR}/${ARG_RESOURCES}")
    endif()
    # Said at configure time: the copy step would fail later with only "Error copying directory"
    # (git keeps no empty folder, so one emptied of its last file is gone in a clone).
    if(NOT IS_DIRECTORY "${ARG_RESOURCES}")
      message(FATAL_ERROR "strata_add_plugin(${name}): RESOURCES folder '${ARG_RESOURCES}' does "
                          "not exist (create it, or drop RESOURCES if the plugin has none)")
    endif()
    # Copied again whenever a resource changes (a retrained model, an edited list), not only
    # when the library relinks.
    file(GLOB_RECURSE resource_files CONFIGURE_DEPENDS "${ARG_RESOURCES}/*")
    set(stamp "${CMAKE_CURRENT_BINARY_DIR}/${target}_resources.stamp")
    add_custom_command(OUTPUT "${stamp}"
      COMMAND ${CMAKE_COMMAND} -E copy_directory "${ARG_RESOURCES}" "$<TARGET_FILE_DIR:${target}>/${name}"
      COMMAND ${CMAKE_COMMAND} -E touch "${stamp}"
      DEPENDS ${resource_files}
      VERBATIM)
    add_custom_target(${target}_resources ALL DEPENDS "${stamp}")
    add_dependencies(${target} ${target}_resources)
  endif()
  if(DEFINED STRATA_PLUGIN_INSTALL_DIR)
    install(TARGETS ${target} LIBRARY DESTINATION "${STRATA_PLUGIN_INSTALL_DIR}")
    set_target_properties(${target} PROPERTIES INSTALL_RPATH "$ORIGIN/../..")
    if(ARG_RESOURCES)
      install(DIRECTORY "${ARG_RESOURCES}/" DESTINATION "${STRATA_PLUGIN_INSTALL_DIR}/${name}")
    endif()
  endif()
endfunction()
