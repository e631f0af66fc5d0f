# cmake -DSTRATA=<strata program> -DPLUGIN=<plugin file> -DMANIFEST=<scratch json file>
#       -DOBJCOPY=<objcopy> -P StrataEmbedManifest.cmake
#
# The build step strata_add_plugin() runs after linking a plugin: strata loads the fresh plugin
# and writes its manifest as JSON, and objcopy stores that JSON in the plugin's strata_manifest
# section (not loaded into memory at run time), where `strata plugins info` can read it without
# loading the plugin. The manifest is built by the plugin's own code, so running that code once,
# here, is the only way to know it; see docs/writing-a-plugin.md.
foreach(variable STRATA PLUGIN MANIFEST OBJCOPY)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "StrataEmbedManifest.cmake: -D${variable}=... is missing")
  endif()
endforeach()

execute_process(
  COMMAND "${STRATA}" plugins info --format json "${PLUGIN}"
  OUTPUT_FILE "${MANIFEST}"
  ERROR_VARIABLE error
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  string(STRIP "${error}" error)
  message(FATAL_ERROR "cannot embed the manifest of ${PLUGIN}: strata could not read it: ${error}")
endif()

# Removing first makes the step safe to repeat on a file that already has the section.
execute_process(
  COMMAND "${OBJCOPY}" --remove-section=strata_manifest
          --add-section "strata_manifest=${MANIFEST}" "${PLUGIN}"
  ERROR_VARIABLE error
  RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cannot embed the manifest of ${PLUGIN}: objcopy failed: ${error}")
endif()
