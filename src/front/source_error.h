// Building ast::SyntaxError from byte positions in the source, the way CPython's
// parser reports them: 1-based character offsets, the offending line as text.
#pragma once

#include <string>
#include <string_view>

#include "ast/syntax_error.h"

namespace front {

// line is 1-based, columns are 0-based byte columns; end_col < 0 means "none" (-1
// in CPython), end_line 0 means "same as line".
[[noreturn]] void raise_error(std::string_view source, const char* type, std::string msg,
                              int line, int col, int end_line = 0, int end_col = -2);

// The same with CPython's 1-based offsets given directly (in bytes of the line);
// an end offset <= 0 is kept as is (CPython uses 0 and -1 for "none").
[[noreturn]] void raise_error_offsets(std::string_view source, const char* type, std::string msg,
                                      int line, int offset, int end_line, int end_offset);

// The text of 1-based line `line` (without its newline), or "" past the end.
std::string_view line_text(std::string_view source, int line);

// Number of characters (code points) in the first `byte_col` bytes of `line`.
int char_column(std::string_view line, int byte_col);

}  // namespace front
