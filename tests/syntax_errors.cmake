# Syntax-error corpus and hostile inputs (issue 3).
#
# syntax_errors/<name>: tests/syntax_errors/<name>.py is a program CPython 3.11
#   rejects at compile time; <name>.expected (class, line, message) is written only
#   by scripts/regen-syntax-errors. tests/syntax_errors/check requires `pyc compile`
#   to reject it the same way.
# hostile/<name>: tests/hostile/run generates an input at test time (deep nesting,
#   10 MB lines, random bytes, ...) and requires `pyc compile` and `pyc ast` to end
#   without a crash or a hang, with the same outcome as python3 on the same file.
if(NOT TARGET pyc)
  message(WARNING "syntax-error tests need the pyc target; none registered")
  return()
endif()

set(PYVM_SYNTAX_ERRORS_DIR ${CMAKE_CURRENT_LIST_DIR}/syntax_errors)
file(GLOB pyvm_syntax_error_programs CONFIGURE_DEPENDS ${PYVM_SYNTAX_ERRORS_DIR}/*.py)
list(SORT pyvm_syntax_error_programs)
foreach(program IN LISTS pyvm_syntax_error_programs)
  get_filename_component(name ${program} NAME_WE)
  add_test(NAME syntax_errors/${name}
           COMMAND ${PYVM_SYNTAX_ERRORS_DIR}/check $<TARGET_FILE:pyc> ${program})
  set_tests_properties(syntax_errors/${name} PROPERTIES LABELS syntax_errors TIMEOUT 60)
endforeach()

# The hostile cases are named by the generator itself (one source of truth).
set(PYVM_HOSTILE_RUNNER ${CMAKE_CURRENT_LIST_DIR}/hostile/run)
find_program(PYVM_PYTHON3 python3)
if(NOT PYVM_PYTHON3)
  message(WARNING "hostile-input tests need python3 (the oracle); none registered")
  return()
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PYVM_HOSTILE_RUNNER})
execute_process(COMMAND ${PYVM_PYTHON3} ${PYVM_HOSTILE_RUNNER} --list
                OUTPUT_VARIABLE pyvm_hostile_names RESULT_VARIABLE pyvm_hostile_status
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT pyvm_hostile_status EQUAL 0)
  message(FATAL_ERROR "${PYVM_HOSTILE_RUNNER} --list failed")
endif()
string(REPLACE "\n" ";" pyvm_hostile_names "${pyvm_hostile_names}")
foreach(name IN LISTS pyvm_hostile_names)
  add_test(NAME hostile/${name}
           COMMAND ${PYVM_PYTHON3} ${PYVM_HOSTILE_RUNNER} $<TARGET_FILE:pyc> ${name})
  # The runner applies its own per-command limits; this is only a backstop.
  # Exit 77: python3 on this machine is not CPython 3.11, so there is no oracle.
  set_tests_properties(hostile/${name} PROPERTIES LABELS hostile TIMEOUT 120
                       SKIP_RETURN_CODE 77)
endforeach()
