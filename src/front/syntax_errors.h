// Turning a parse failure into the SyntaxError CPython 3.11 would raise for the
// same input (its message, line and columns).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <antlr4-runtime.h>

#include "front/tokenizer.h"

namespace front {

struct ParseErrorContext {
  std::string_view source;
  const TokenStreamResult& tokens;
};

// Where the full-LL parse stopped.
struct ParseFailure {
  bool valid = false;
  bool mismatch = false;          // a specific token was required (recoverInline)
  size_t token_index = 0;         // the offending token
  std::vector<int> expected;      // token types that would have been accepted
  std::vector<antlr4::ParserRuleContext*> rule_stack;  // innermost first
};

[[noreturn]] void report_parse_failure(const ParseErrorContext& ctx, const ParseFailure& failure);

// What CPython raises when its parser runs out of stack: a bare MemoryError.
[[noreturn]] void throw_too_deep();

// Rejects input CPython refuses before tokenizing (NUL bytes, invalid UTF-8).
void check_source_bytes(std::string_view source, const std::string& filename);
void check_no_null_bytes(std::string_view source);
void check_utf8(std::string_view source, const std::string& filename);

}  // namespace front
