# Differential corpus: one CTest test per program under corpus/ (see corpus/README.md).
# A program is a NAME.py file, or the main.py of a folder (the other .py files in
# that folder are modules it imports and are not run on their own). corpus/bench
# holds benchmarks, which scripts/bench runs instead.
if(NOT TARGET pyc OR NOT TARGET pyvm)
  message(WARNING "corpus tests need the pyc and pyvm targets; none registered")
  return()
endif()

set(PYVM_CORPUS_DIR ${CMAKE_SOURCE_DIR}/corpus)
file(GLOB_RECURSE pyvm_corpus_files CONFIGURE_DEPENDS ${PYVM_CORPUS_DIR}/*.py)
list(SORT pyvm_corpus_files)

foreach(file IN LISTS pyvm_corpus_files)
  file(RELATIVE_PATH rel ${PYVM_CORPUS_DIR} ${file})
  if(rel MATCHES "^bench/" OR rel MATCHES "(^|/)__pycache__/")
    continue()
  endif()
  # The outermost folder (below corpus/) holding a main.py owns every .py under it.
  get_filename_component(dir ${file} DIRECTORY)
  set(program_root "")
  string(LENGTH "${PYVM_CORPUS_DIR}" corpus_dir_length)
  string(LENGTH "${dir}" dir_length)
  while(dir_length GREATER corpus_dir_length)
    if(EXISTS ${dir}/main.py)
      set(program_root ${dir})
    endif()
    get_filename_component(dir ${dir} DIRECTORY)
    string(LENGTH "${dir}" dir_length)
  endwhile()
  if(program_root AND NOT file STREQUAL "${program_root}/main.py")
    continue()
  endif()
  string(REGEX REPLACE "\\.py$" "" name ${rel})
  add_test(NAME corpus/${name}
           COMMAND ${CMAKE_SOURCE_DIR}/scripts/run-corpus-case
                   $<TARGET_FILE:pyc> $<TARGET_FILE:pyvm> ${file})
  set_tests_properties(corpus/${name} PROPERTIES LABELS corpus TIMEOUT 60)
endforeach()
