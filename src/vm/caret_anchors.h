// Where CPython 3.11's traceback puts '^' inside a caret line (see .cpp).
#pragma once

#include <cstddef>
#include <string>

namespace vm {

// For a source segment (the failing expression), finds the byte range
// [left, right) to mark with '^' when the segment is one binary operation
// (the operator) or one subscript (the brackets and index). False otherwise.
bool caret_anchors(const std::string& segment, size_t& left, size_t& right, bool& binop);

}  // namespace vm
