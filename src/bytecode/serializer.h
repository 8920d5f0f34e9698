// The payload of a cache file: a code-object tree as bytes and back.
//
// Encoding (little-endian): u32/i32/u64 fixed width; str = u32 length + bytes.
// Code  = str name, str qualname, str filename, i32 first_line, u32 argcount,
//         u32 posonlyargcount, u32 kwonlyargcount, u32 flags, u32 stacksize,
//         u32 n + n*u32 instructions, u32 n + n*(4*i32) locations,
//         u32 n + n*Constant, 4 x (u32 n + n*str) names/varnames/cellvars/freevars,
//         u32 n + n*(4*u32 + u8 push_lasti) exception table.
// Constant = u8 tag + value: None, False, True, Int (i64), BigInt (str, decimal),
//         Float (u64 bits: bit-exact, NaN payloads and -0.0 kept), Complex (2 x u64),
//         Str (str, UTF-8), Bytes (str), Ellipsis, Tuple (u32 n + n*Constant), Code.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "bytecode/code.h"
#include "bytecode/errors.h"

namespace bytecode {

// Deepest nesting of code objects and constant tuples a payload may hold; deeper
// input is rejected so a hostile file cannot exhaust the C stack.
constexpr int kMaxNesting = 500;

std::string serialize(const Code& code);
// Decodes one code tree that must span `payload` exactly. Checks every count
// against the bytes left, every tag, string encodings (UTF-8, lone surrogates
// allowed as 3-byte sequences), big-int text, and nesting depth; throws LoadError
// (reason only, no file name). Does NOT run the verifier.
std::shared_ptr<const Code> deserialize(std::string_view payload);

}  // namespace bytecode
