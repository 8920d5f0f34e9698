# Tool-level properties of pyc and pyvm, each a small bash script under
# tests/tools/ that gets the binaries' paths as arguments (label: tools).
if(NOT TARGET pyc OR NOT TARGET pyvm)
  message(WARNING "tool tests need the pyc and pyvm targets; none registered")
  return()
endif()

function(pyvm_tool_test name)
  add_test(NAME tools/${name}
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/tools/${name}.sh
                   $<TARGET_FILE:pyc> $<TARGET_FILE:pyvm>)
  set_tests_properties(tools/${name} PROPERTIES LABELS tools TIMEOUT 120)
endfunction()

pyvm_tool_test(pyvm_links_no_antlr)     # pyvm: no ANTLR, no compiler inside
pyvm_tool_test(pyc_incremental)         # unchanged sources are not recompiled
pyvm_tool_test(pyvm_standalone)         # pyvm + a .pyc need nothing else
pyvm_tool_test(cli_basics)              # --help/--version, missing files
pyvm_tool_test(damaged_cache)           # a damaged cache file is rejected, by name
pyvm_tool_test(pyvm_compiles_source)    # pyvm recompiles through the pyc beside it when needed
pyvm_tool_test(pyvm_loads_compiler)     # exec/eval load libpyvm_compile.so beside pyvm; clear error without it

# Course program 10: `pyc dis` of add(a, b) equals python3's dis (names, arguments, lines).
add_test(NAME tools/dis_course_add
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/tools/dis_matches_cpython.py
                 $<TARGET_FILE:pyc> ${CMAKE_SOURCE_DIR}/corpus/course/10_add.py add)
set_tests_properties(tools/dis_course_add PROPERTIES LABELS tools TIMEOUT 60)

# The collector frees 100,000 instances in reference cycles per round (peak memory flat).
add_test(NAME tools/gc_cycles
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/tools/gc_cycles.py $<TARGET_FILE:pyvm>)
set_tests_properties(tools/gc_cycles PROPERTIES LABELS tools TIMEOUT 300)

# Issue 8: every standard-library file CPython compiles, pyc compiles (and it
# reports the few CPython rejects); prints the counts.
add_test(NAME tools/stdlib_compiles
         COMMAND python3 ${CMAKE_CURRENT_SOURCE_DIR}/tools/stdlib_compiles.py $<TARGET_FILE:pyc>)
set_tests_properties(tools/stdlib_compiles PROPERTIES LABELS tools TIMEOUT 600)
