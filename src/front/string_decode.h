// String literal tokens: prefix/quote splitting and escape decoding, as CPython's
// string_parser.c does (Python 3.11).
#pragma once

#include <string>
#include <string_view>

#include "front/tokenizer.h"

namespace front {

struct StringPiece {
  const Token* token = nullptr;
  std::string_view body;  // between the quotes
  int body_offset = 0;    // bytes from the token start to the body
  bool raw = false, bytes = false, fstring = false, unicode = false;
};

StringPiece split_string_token(std::string_view token_text);

struct DecodeError {
  std::string message;
};

// Appends the value of `body` to `out` (UTF-8, lone surrogates as WTF-8; for bytes,
// raw byte values). Returns false with `err` set on an invalid escape.
bool decode_literal(std::string_view body, bool raw, bool bytes, std::string& out, DecodeError& err);


}  // namespace front
