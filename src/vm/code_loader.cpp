// bytecode::Code (plain data) -> rt::CodeObj (what the loop runs).
#include <algorithm>

#include "bytecode/errors.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/complex.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/ops.h"
#include "runtime/objects/str.h"
#include "vm/interpreter.h"

namespace vm {

namespace {

Value convert_constant(const bytecode::Constant& c, const std::string& filename) {
  return std::visit(
      [&](const auto& v) -> Value {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::monostate>) {
          return Value::none();
        } else if constexpr (std::is_same_v<T, bool>) {
          return Value::boolean(v);
        } else if constexpr (std::is_same_v<T, int64_t>) {
          return rt::make_int(v);
        } else if constexpr (std::is_same_v<T, bytecode::BigInt>) {
          auto r = rt::int_from_string(v.decimal, 10, false);
          if (!r) throw bytecode::LoadError("bad integer constant '" + v.decimal + "'");
          return *r;
        } else if constexpr (std::is_same_v<T, double>) {
          return Value::from_double(v);
        } else if constexpr (std::is_same_v<T, bytecode::Complex>) {
          return rt::make_complex(v.real, v.imag);
        } else if constexpr (std::is_same_v<T, std::string>) {
          // Short identifier-like strings are interned, as CPython does.
          if (v.size() <= 40 && std::all_of(v.begin(), v.end(), [](char ch) {
                return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_';
              }))
            return Value::object(rt::intern(v));
          return rt::str_value(v);
        } else if constexpr (std::is_same_v<T, bytecode::Bytes>) {
          return rt::bytes_value(v.data);
        } else if constexpr (std::is_same_v<T, bytecode::Ellipsis>) {
          return rt::ellipsis();
        } else if constexpr (std::is_same_v<T, bytecode::ConstTuple>) {
          std::vector<Value> items;
          for (const auto& item : v) items.push_back(convert_constant(item, filename));
          return rt::tuple_value(std::move(items));
        } else {
          return Value::object(load_code(v, filename));
        }
      },
      c.value);
}

}  // namespace

rt::CodeObj* load_code(const std::shared_ptr<const bytecode::Code>& src, const std::string& filename) {
  rt::CodeObj* code = rt::heap().make<rt::CodeObj>();
  code->src = src;
  code->code = src->code;
  for (const auto& c : src->consts) code->consts.push_back(convert_constant(c, filename));
  for (const auto& n : src->names) code->names.push_back(rt::intern(n));
  for (const auto& n : src->varnames) code->varnames.push_back(rt::intern(n));
  for (const auto& n : src->cellvars) code->cell_and_free.push_back(rt::intern(n));
  for (const auto& n : src->freevars) code->cell_and_free.push_back(rt::intern(n));
  code->name = rt::intern(src->name);
  code->qualname = rt::intern(src->qualname.empty() ? src->name : src->qualname);
  code->filename = rt::intern(filename.empty() ? src->filename : filename);
  code->nlocals = static_cast<uint32_t>(src->varnames.size());
  code->ncells = static_cast<uint32_t>(src->cellvars.size());
  code->nfree = static_cast<uint32_t>(src->freevars.size());
  code->argcount = src->argcount;
  code->posonly = src->posonlyargcount;
  code->kwonly = src->kwonlyargcount;
  code->flags = src->flags;
  code->first_line = src->first_line;
  code->stacksize = src->stacksize;
  code->frame_size = code->nlocals + code->ncells + code->nfree + src->stacksize + 1;
  // A cell variable that is also a parameter starts out holding the argument.
  uint32_t nargs = code->total_args();
  for (const auto& cell : src->cellvars) {
    int32_t arg = -1;
    for (uint32_t i = 0; i < nargs && i < src->varnames.size(); ++i)
      if (src->varnames[i] == cell) arg = static_cast<int32_t>(i);
    code->cell_arg.push_back(arg);
  }
  // Global-access and attribute sites get an inline cache; their argument
  // becomes its index (the cache keeps the name index).
  for (auto& instr : code->code) {
    auto op = bytecode::instr_op(instr);
    if (op == bytecode::Op::LOAD_ATTR || op == bytecode::Op::LOAD_METHOD || op == bytecode::Op::STORE_ATTR) {
      rt::AttrCache cache;
      cache.name = bytecode::instr_arg(instr);
      code->attr_caches.push_back(cache);
      instr = bytecode::make_instr(op, static_cast<uint32_t>(code->attr_caches.size() - 1));
    }
    if (op == bytecode::Op::LOAD_GLOBAL || op == bytecode::Op::STORE_GLOBAL) {
      rt::GlobalCache cache;
      cache.name = bytecode::instr_arg(instr);
      code->global_caches.push_back(cache);
      instr = bytecode::make_instr(op, static_cast<uint32_t>(code->global_caches.size() - 1));
    }
  }
  // Pairs that need no type information are fused now (opcodes.def).
  for (size_t i = 0; i + 1 < code->code.size(); ++i) {
    auto op = bytecode::instr_op(code->code[i]);
    auto next = bytecode::instr_op(code->code[i + 1]);
    if (op != bytecode::Op::LOAD_FAST) continue;
    if (next == bytecode::Op::LOAD_FAST)
      code->code[i] = bytecode::make_instr(bytecode::Op::LOAD_FAST_LOAD_FAST, bytecode::instr_arg(code->code[i]));
    else if (next == bytecode::Op::LOAD_CONST)
      code->code[i] = bytecode::make_instr(bytecode::Op::LOAD_FAST_LOAD_CONST, bytecode::instr_arg(code->code[i]));
  }
  return code;
}

}  // namespace vm
