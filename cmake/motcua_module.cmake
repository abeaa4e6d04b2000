# motcua_module(NAME <name> SOURCES ... [TESTS ...] [DEPS ...] [TEST_DEPS ...] [LABELS ...])
# Creates the static library motcua_<name> and, when TESTS are given, the test binary
# motcua_<name>_test registered with gtest_discover_tests under the given ctest labels
# (default: unit).
include(GoogleTest)

function(motcua_module)
  cmake_parse_arguments(M "" "NAME" "SOURCES;TESTS;DEPS;TEST_DEPS;LABELS" ${ARGN})
  set(lib motcua_${M_NAME})
  add_library(${lib} STATIC ${M_SOURCES})
  target_include_directories(${lib} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${lib} PUBLIC ${M_DEPS})
  if(M_TESTS)
    motcua_test(NAME ${M_NAME} SOURCES ${M_TESTS} DEPS ${lib} ${M_TEST_DEPS} LABELS ${M_LABELS})
  endif()
endfunction()

# motcua_test(NAME <name> SOURCES ... DEPS ... [LABELS ...]) builds motcua_<name>_test.
function(motcua_test)
  cmake_parse_arguments(T "" "NAME" "SOURCES;DEPS;LABELS" ${ARGN})
  if(NOT T_LABELS)
    set(T_LABELS unit)
  endif()
  set(exe motcua_${T_NAME}_test)
  add_executable(${exe} ${T_SOURCES})
  target_link_libraries(${exe} PRIVATE ${T_DEPS} GTest::gtest GTest::gtest_main)
  gtest_discover_tests(${exe} PROPERTIES LABELS "${T_LABELS}" DISCOVERY_TIMEOUT 60)
endfunction()

# motcua_embed(OUTPUT <var> NAMESPACE <ns> FUNCTION <fn> FILES ...) generates a .cc that returns
# the files' contents and stores its path in <var>.
function(motcua_embed)
  cmake_parse_arguments(E "" "OUTPUT;NAMESPACE;FUNCTION" "FILES" ${ARGN})
  set(out ${CMAKE_CURRENT_BINARY_DIR}/${E_FUNCTION}_embedded.cc)
  string(REPLACE ";" "|" files_arg "${E_FILES}")
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNAMESPACE=${E_NAMESPACE} -DFUNCTION=${E_FUNCTION}
            -DFILES=${files_arg} -P ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    DEPENDS ${E_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    COMMENT "Embedding ${E_FUNCTION}" VERBATIM)
  set(${E_OUTPUT} ${out} PARENT_SCOPE)
endfunction()
