// The text codecs built into pyvm (CPython's fast paths in unicodeobject.c
// plus the charmap codec for cp1252): utf-8, utf-16, utf-32 (and their -le/-be
// forms), latin-1, ascii and cp1252, with CPython's encoding-name lookup and the
// standard error handlers. Python text is WTF-8 (text/utf8.h), so lone
// surrogates from surrogateescape/surrogatepass round-trip.
#pragma once

#include <string>
#include <string_view>

#include "runtime/object.h"

namespace rt {

// str -> bytes; raises LookupError / UnicodeEncodeError as CPython does.
std::string encode_text(const Str* s, std::string_view encoding, std::string_view errors);
// bytes -> str.
Value decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors);
// str(object='', encoding='utf-8', errors='strict') when an encoding or
// keywords are given (the one-argument form stays in builtins.cpp).
Value str_construct_decoding(Value self, Value* args, size_t nargs, Tuple* kwnames);
// A new UnicodeEncodeError/DecodeError/TranslateError with its attributes set
// (args as CPython's constructor takes them).
Value new_unicode_error(Type* type, std::vector<Value> args);

}  // namespace rt
