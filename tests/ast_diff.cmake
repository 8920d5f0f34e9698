# Front-end differential tests (issue 3): `pyc ast` equals CPython's ast.dump,
# plain and with attributes, over the corpus and a fixed standard-library sample.
# The whole standard library is a longer sweep: `scripts/ast-diff <stdlib dir>`.
add_test(NAME ast_diff/corpus
         COMMAND ${CMAKE_COMMAND} -E env PYC=$<TARGET_FILE:pyc>
                 python3 ${CMAKE_SOURCE_DIR}/scripts/ast-diff ${CMAKE_SOURCE_DIR}/corpus)
add_test(NAME ast_diff/stdlib_sample
         COMMAND ${CMAKE_SOURCE_DIR}/tests/ast_diff/stdlib-sample $<TARGET_FILE:pyc>)
set_tests_properties(ast_diff/corpus ast_diff/stdlib_sample PROPERTIES LABELS ast_diff TIMEOUT 900)
# `pyc tokens` equals `python3 -m tokenize` for every corpus file.
add_test(NAME ast_diff/tokens_corpus
         COMMAND ${CMAKE_COMMAND} -E env PYC=$<TARGET_FILE:pyc>
                 python3 ${CMAKE_SOURCE_DIR}/scripts/ast-diff --tokens ${CMAKE_SOURCE_DIR}/corpus)
set_tests_properties(ast_diff/tokens_corpus PROPERTIES LABELS ast_diff TIMEOUT 300)
