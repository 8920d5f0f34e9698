// A code object as the compiler produces it and the cache file stores it: plain
// data with no runtime values, so that the compiler, the serializer, the
// disassembler and the VM's loader share one definition (the VM turns constants
// into runtime values when it loads a code object).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "bytecode/opcodes.h"

namespace bytecode {

struct Code;

// A compile-time constant. Ints that fit in 64 bits are `int64_t`; larger ones
// keep their decimal text (the runtime turns it into a big int).
struct BigInt { std::string decimal; };
struct Complex { double real = 0.0, imag = 0.0; };
struct Bytes { std::string data; };
struct Ellipsis {};
struct Constant;
using ConstTuple = std::vector<Constant>;
struct Constant {
  // monostate = None. Str holds UTF-8 text (lone surrogates as 3-byte sequences).
  std::variant<std::monostate, bool, int64_t, BigInt, double, Complex, std::string, Bytes,
               Ellipsis, ConstTuple, std::shared_ptr<const Code>>
      value;
};

// Source location of one instruction (CPython's co_positions): 1-based lines,
// 0-based UTF-8 byte columns; 0 / -1 where unknown.
struct Location {
  int32_t line = 0, end_line = 0, col = -1, end_col = -1;
};

// One zero-cost exception table entry (CPython 3.11 style): instructions in
// [start, end) jump to `target` with the value stack cut to `depth`.
struct ExceptionEntry {
  uint32_t start = 0, end = 0, target = 0, depth = 0;
  bool push_lasti = false;
};

// co_flags, numbered as CPython's.
enum CodeFlags : uint32_t {
  kOptimized = 0x1, kNewLocals = 0x2, kVarargs = 0x4, kVarKeywords = 0x8, kNested = 0x10,
  kGenerator = 0x20, kNoFree = 0x40, kCoroutine = 0x80, kIterableCoroutine = 0x100,
  kAsyncGenerator = 0x200,
};

struct Code {
  std::string name;      // co_name: "<module>", function name, "<lambda>", ...
  std::string qualname;  // co_qualname
  std::string filename;  // as given to the compiler (tracebacks print it)
  int32_t first_line = 1;
  uint32_t argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t flags = 0;
  uint32_t stacksize = 0;  // maximum value-stack depth, computed by the compiler
  std::vector<Instr> code;
  std::vector<Location> locations;  // one per instruction
  std::vector<Constant> consts;
  std::vector<std::string> names;     // globals, attributes, imported names
  std::vector<std::string> varnames;  // fast locals; parameters first
  std::vector<std::string> cellvars;  // locals captured by inner functions
  std::vector<std::string> freevars;  // captured from enclosing functions
  std::vector<ExceptionEntry> exception_table;
};

}  // namespace bytecode
