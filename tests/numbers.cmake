# Numeric conversions checked against tables python3 writes at build time
# (tests/numbers/gen_numeric_tables.py): float repr and round(x, n) on 200,000
# random doubles, int<->float conversions and hashes around 2**47, 2**53,
# 2**63, 2**64, float and complex hashes.
find_program(PYVM_NUMBERS_PYTHON3 python3)
if(NOT PYVM_NUMBERS_PYTHON3)
  message(WARNING "numeric table tests need python3 (the oracle); none registered")
  return()
endif()
set(PYVM_NUMERIC_TABLES ${CMAKE_CURRENT_BINARY_DIR}/numeric_tables.txt)
add_custom_command(
  OUTPUT ${PYVM_NUMERIC_TABLES}
  COMMAND ${PYVM_NUMBERS_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/numbers/gen_numeric_tables.py ${PYVM_NUMERIC_TABLES}
  DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/numbers/gen_numeric_tables.py
  COMMENT "python3 writes the numeric test tables")
add_custom_target(numeric_tables ALL DEPENDS ${PYVM_NUMERIC_TABLES})
add_executable(test_numbers ${CMAKE_CURRENT_SOURCE_DIR}/unit/catch_main.cpp
               ${CMAKE_CURRENT_SOURCE_DIR}/unit/numbers/numeric_tables_test.cpp)
add_dependencies(test_numbers numeric_tables)
target_compile_options(test_numbers PRIVATE ${PYVM_WARNINGS})
target_compile_definitions(test_numbers PRIVATE PYVM_NUMERIC_TABLES="${PYVM_NUMERIC_TABLES}")
target_link_libraries(test_numbers PRIVATE Catch2::Catch2 pyvm_vm pyvm_runtime pyvm_bytecode)
catch_discover_tests(test_numbers TEST_PREFIX "numbers: ")
