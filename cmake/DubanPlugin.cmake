# duban_add_plugin(NAME SOURCES … [LINK_LIBRARIES …]): builds a duban plugin.
#
# The same file serves duban's own tree and the installed SDK package
# (`find_package(duban CONFIG)` includes it): both define duban::sdk.
#
# The plugin is a MODULE library named NAME (file libNAME.so) placed in its
# own folder, ${CMAKE_CURRENT_BINARY_DIR}/NAME by default (set
# DUBAN_PLUGIN_OUTPUT_DIR to change the parent folder): that folder is what a
# workspace's duban.toml names under [plugins] dirs.
#
# Hidden visibility keeps the plugin's own symbols from clashing with another
# plugin's; --no-undefined turns a missing symbol into a link error instead of
# a load failure; the SDK target links the core's shared library, so the
# plugin shares the host's globals (spdlog's registry, for one) and C++20.
function(duban_add_plugin name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;LINK_LIBRARIES")
  set(sources ${arg_SOURCES} ${arg_UNPARSED_ARGUMENTS})
  if(NOT sources)
    message(FATAL_ERROR "duban_add_plugin(${name}): no SOURCES")
  endif()
  add_library(${name} MODULE ${sources})
  target_link_libraries(${name} PRIVATE duban::sdk ${arg_LINK_LIBRARIES})
  set(output_parent "${CMAKE_CURRENT_BINARY_DIR}")
  if(DUBAN_PLUGIN_OUTPUT_DIR)
    set(output_parent "${DUBAN_PLUGIN_OUTPUT_DIR}")
  endif()
  set_target_properties(${name} PROPERTIES
    PREFIX "lib"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    LIBRARY_OUTPUT_DIRECTORY "${output_parent}/${name}")
  target_link_options(${name} PRIVATE -Wl,--no-undefined)
endfunction()
