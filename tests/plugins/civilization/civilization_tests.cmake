# Unit tests of the civilization plugin's logic (compiled in from its
# sources) and end-to-end tests that load the built plugin into the real
# duban program.
# GTest's imported targets are local to the folder that found them.
find_package(GTest 1.12 REQUIRED)
include(GoogleTest)
duban_add_test(civilization_test
  ${CMAKE_CURRENT_LIST_DIR}/dates_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/finding_status_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/volunteer_hours_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/rollup_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/text_table_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/extensions_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/civilization_cli_test.cpp
  ${CIVILIZATION_LOGIC_SOURCES}
  ${CIVILIZATION_GLUE_SOURCES})
target_include_directories(civilization_test PRIVATE ${PROJECT_SOURCE_DIR}/plugins/civilization/src)
add_dependencies(civilization_test duban duban_civilization)
target_compile_definitions(civilization_test PRIVATE
  CIVILIZATION_PLUGIN_DIR="$<TARGET_FILE_DIR:duban_civilization>"
  CIVILIZATION_SOURCE_DIR="${PROJECT_SOURCE_DIR}/plugins/civilization")

# The shipped demo, played as a smoke test.
add_test(NAME civilization_demo
  COMMAND ${CMAKE_CURRENT_LIST_DIR}/demo_smoke.sh $<TARGET_FILE:duban>
          $<TARGET_FILE_DIR:duban_civilization> ${PROJECT_SOURCE_DIR}/plugins/civilization)
