# `cmake --install`: the duban program, the core library it runs on, the
# shipped examples (`duban init` reads them from share/duban) and plugins,
# and the SDK as a CMake package:
#
#   find_package(duban CONFIG)    # the targets duban::sdk (and duban::core, duban::duban)
#   duban_add_plugin(NAME SOURCES …)
#
# A plugin compiles against the headers of include/duban (which need
# nlohmann_json) and links the core library, which is already loaded in
# the duban process that loads the plugin. Its unit tests include the SDK's
# test double from the same headers (include/duban/testing, header-only).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(DUBAN_PACKAGE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/duban)

# The program finds the core library beside it after installation too.
file(RELATIVE_PATH duban_bin_to_lib /${CMAKE_INSTALL_BINDIR} /${CMAKE_INSTALL_LIBDIR})
set_target_properties(duban PROPERTIES INSTALL_RPATH "$ORIGIN/${duban_bin_to_lib}")
# Exported as duban::core, duban::sdk and duban::duban (the program, for a
# plugin's end-to-end tests); the same names work in this tree.
set_target_properties(duban_core PROPERTIES EXPORT_NAME core)
set_target_properties(duban_sdk PROPERTIES EXPORT_NAME sdk)
add_executable(duban::duban ALIAS duban)

install(TARGETS duban duban_core duban_sdk EXPORT dubanTargets
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
# The SDK headers, the test double under duban/testing among them.
install(DIRECTORY include/duban DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

# init_command.cpp looks for <prefix>/share/duban/workflows, whatever DATADIR says.
install(DIRECTORY workflows/ DESTINATION share/duban/workflows)

# Each shipped plugin (target duban_NAME of plugins/NAME) in a folder of its
# own, to be named under [plugins] dirs, with its workflows beside the others.
file(GLOB duban_shipped_plugins LIST_DIRECTORIES true ${PROJECT_SOURCE_DIR}/plugins/*)
foreach(folder ${duban_shipped_plugins})
  get_filename_component(plugin ${folder} NAME)
  if(TARGET duban_${plugin})
    install(TARGETS duban_${plugin} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/duban/plugins/${plugin})
  endif()
  if(IS_DIRECTORY ${folder}/workflows)
    install(DIRECTORY ${folder}/workflows/ DESTINATION share/duban/plugins/${plugin}/workflows)
  endif()
endforeach()

# The CMake package.
file(STRINGS include/duban/version.hpp duban_sdk_lines REGEX "#define DUBAN_SDK_VERSION_(MAJOR|MINOR) ")
string(REGEX REPLACE ".*MAJOR ([0-9]+).*MINOR ([0-9]+).*" "\\1.\\2" DUBAN_SDK_VERSION "${duban_sdk_lines}")
install(EXPORT dubanTargets NAMESPACE duban:: DESTINATION ${DUBAN_PACKAGE_DIR})
configure_package_config_file(cmake/dubanConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/dubanConfig.cmake INSTALL_DESTINATION ${DUBAN_PACKAGE_DIR})
# 0.x: a minor version may break plugins, so only the same minor matches.
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/dubanConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/dubanConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/dubanConfigVersion.cmake
              cmake/DubanPlugin.cmake
  DESTINATION ${DUBAN_PACKAGE_DIR})
