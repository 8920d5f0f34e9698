// The dispatch loop. One C++ activation runs any number of nested Python
// calls (frames are pushed and popped without recursing in C++); only native
// code calling back into Python (VM::call) starts a new activation.
#include "vm/interpreter.h"
#include "runtime/builtins_site.h"

#include <sys/mman.h>

#include "runtime/objects/exception_group.h"
#include "runtime/objects/exceptions.h"
#include "runtime/match.h"
#include "runtime/warnings.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/type.h"
#include "vm/attr_cache.h"

namespace vm {

using bytecode::BinaryOp;
using bytecode::CompareOp;
using bytecode::Op;
using rt::raise;

namespace {
VM* g_current = nullptr;
const int kDefaultRecursionLimit = kRecursionLimit;
// Enough for kMaxRecursionLimit frames of a usual size; the pages are only
// touched when used (mmap'd lazily by the kernel).
constexpr size_t kStackSlots = size_t{1} << 25;
constexpr size_t kFrameSlots = kMaxRecursionLimit + 50;
}  // namespace

Value python_call(Value callable, Value* args, size_t nargs, rt::Tuple* kwnames) {
  return VM::current()->call(callable, args, nargs, kwnames);
}

VM* VM::current() { return g_current; }

VM::VM() {
  rt::init_runtime();
  g_current = this;
  void* mem = mmap(nullptr, kStackSlots * sizeof(Value), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (mem == MAP_FAILED) throw std::bad_alloc();
  stack_ = static_cast<Value*>(mem);
  stack_limit_ = stack_ + kStackSlots;
  // Zero-filled pages are valid empty Frames (all members null/false).
  void* frame_mem = mmap(nullptr, kFrameSlots * sizeof(Frame), PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (frame_mem == MAP_FAILED) throw std::bad_alloc();
  frames_ = static_cast<Frame*>(frame_mem);
  void* objs_mem = mmap(nullptr, kFrameSlots * sizeof(rt::FrameObj*), PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (objs_mem == MAP_FAILED) throw std::bad_alloc();
  frame_objs_ = static_cast<rt::FrameObj**>(objs_mem);
  sys.recursion_limit = kRecursionLimit;
  sys.requested_recursion_limit = kRecursionLimit;
  sys.max_recursion_limit = kMaxRecursionLimit;
  sys.handled_exception = []() { return VM::current()->handled_exc_; };
  rt::set_sys_state(&sys);
  rt::RecursionGuard::limit = &sys.recursion_limit;
  modules_ = rt::new_dict();
  handled_exc_ = Value::none();
  rt::set_python_call_hook(python_call);
  rt::set_class_body_hook([](Value body, Value ns) {
    if (!rt::is_type(body, &rt::types::function)) raise(&rt::exc::TypeError, "__build_class__: func must be a function");
    return VM::current()->run_class_body(body.as<rt::Function>(), ns);
  });
  rt::set_globals_hook([]() -> rt::Dict* {
    VM* vm = VM::current();
    return vm->depth_ > 0 ? vm->frames_[vm->depth_ - 1].globals : nullptr;
  });
  rt::set_import_hook([](rt::Str* name) { return VM::current()->import_module(name); });
  rt::set_super_context_hook([](Value* self, Value* cls) { return VM::current()->super_context(self, cls); });
  rt::RecursionGuard::python_depth = &depth_;
  rt::set_collect_hook([]() { return VM::current()->collect_now(); });
  rt::set_generator_resume_hook([](rt::Generator* g, Value sent, Value exc, bool close_delegate, bool* returned) {
    return VM::current()->resume_generator(g, sent, exc, false, returned, close_delegate);
  });
  rt::set_warn_hook([](rt::Type* category, const std::string& message, bool has_source) {
    VM::current()->show_warning(category, message, has_source);
  });
  install_dynamic_code_builtins(rt::builtins_dict());
  install_frame_hooks();
  throw_on_entry_ = Value::null();
  root_provider_ = rt::heap().add_root_provider([this](rt::Tracer& t) { trace_roots(t); });
}

VM::~VM() {
  if (rt::RecursionGuard::python_depth == &depth_) {
    rt::RecursionGuard::python_depth = nullptr;
    rt::RecursionGuard::limit = &kDefaultRecursionLimit;
    rt::set_sys_state(nullptr);
  }
  rt::heap().remove_root_provider(root_provider_);
  munmap(stack_, kStackSlots * sizeof(Value));
  munmap(frames_, kFrameSlots * sizeof(Frame));
  munmap(frame_objs_, kFrameSlots * sizeof(rt::FrameObj*));
  if (g_current == this) g_current = nullptr;
}

void VM::trace_roots(rt::Tracer& t) {
  t.mark(modules_);
  t.mark(handled_exc_);
  for (Value v : import_roots_) t.mark(v);
  for (int i = 0; i < depth_; ++i) {
    const Frame& f = frames_[i];
    t.mark(f.code);
    t.mark(f.func);
    t.mark(f.globals);
    t.mark(f.locals_map);
    t.mark(f.init_self);
    t.mark(f.generator);
    if (f.flags & Frame::kHasFrameObject) t.mark(frame_objs_[i]);
    for (Value* p = f.locals; p < f.sp; ++p) t.mark(*p);
  }
}

// ---- the loop --------------------------------------------------------------------------

namespace {

[[noreturn]] void unbound_local(rt::CodeObj* code, uint32_t i) {
  raise(&rt::exc::UnboundLocalError,
        "cannot access local variable '" + code->varnames[i]->data + "' where it is not associated with a value");
}

[[noreturn]] void unbound_deref(rt::CodeObj* code, uint32_t i) {
  const std::string& name = code->cell_and_free[i]->data;
  if (i < code->ncells)
    raise(&rt::exc::UnboundLocalError,
          "cannot access local variable '" + name + "' where it is not associated with a value");
  raise(&rt::exc::NameError,
        "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
}

[[noreturn]] void name_error(rt::Str* name) {
  rt::raise_name_error("name '" + name->data + "' is not defined", name);
}

// The builtins a frame with these globals sees: globals['__builtins__'] (a
// dict, or a module's dict), as CPython's frames take it; the interpreter's
// own otherwise. Code run by exec/eval may bring its own. The global caches
// stay right: they record the version of the builtins dict they read.
rt::Dict* builtins_of(rt::Dict* globals) {
  static rt::Str* const key = rt::intern("__builtins__");
  Value b = globals->get_str(key);
  if (!b.is_null() && b.is_object()) {
    if (rt::is_type(b, &rt::types::dict)) return b.as<rt::Dict>();
    if (rt::is_type(b, &rt::types::module)) return b.as<rt::Module>()->dict;
  }
  return rt::builtins_dict();
}

Value load_global_slow(rt::CodeObj* code, rt::GlobalCache& cache, rt::Dict* globals) {
  rt::Dict* builtins = builtins_of(globals);
  rt::Str* name = code->names[cache.name];
  int64_t ix = globals->find(Value::object(name), rt::str_hash(name));
  if (ix >= 0) {
    cache.globals_version = globals->keys_version;
    cache.entry = ix;
    cache.in_builtins = false;
    return globals->entries[ix].value;
  }
  ix = builtins->find(Value::object(name), rt::str_hash(name));
  if (ix < 0) name_error(name);
  cache.globals_version = globals->keys_version;
  cache.builtins_version = builtins->keys_version;
  cache.entry = ix;
  cache.in_builtins = true;
  return builtins->entries[ix].value;
}

void store_global_slow(rt::CodeObj* code, rt::GlobalCache& cache, rt::Dict* globals, Value v) {
  rt::Str* name = code->names[cache.name];
  globals->set_str(name, v);
  cache.globals_version = globals->keys_version;
  cache.entry = globals->find(Value::object(name), rt::str_hash(name));
  cache.in_builtins = false;
}

void unpack_error_count(size_t expected, size_t got) {
  raise(&rt::exc::ValueError, "not enough values to unpack (expected " + std::to_string(expected) + ", got " +
                                  std::to_string(got) + ")");
}

// Items of an iterable for UNPACK_SEQUENCE / UNPACK_EX.
std::vector<Value> unpack_items(Value seq) {
  rt::Type* t = rt::type_of(seq);
  if (t == &rt::types::tuple) return seq.as<rt::Tuple>()->items;
  if (t == &rt::types::list) return seq.as<rt::List>()->items;
  bool iterable = false;
  for (rt::Type* k = t; k; k = k->base) iterable |= k->iter != nullptr || k->getitem != nullptr;
  if (!iterable) raise(&rt::exc::TypeError, "cannot unpack non-iterable " + t->name + " object");
  std::vector<Value> items;
  Value it = rt::iter(seq);
  for (Value x = rt::next(it); !x.is_null(); x = rt::next(it)) items.push_back(x);
  return items;
}

// A class body's namespace: a dict, or any mapping __prepare__ returned.
Value mapping_get(Value map, rt::Str* name) {
  if (rt::is_type(map, &rt::types::dict)) return map.as<rt::Dict>()->get_str(name);
  try {
    return rt::getitem(map, Value::object(name));
  } catch (rt::PyError& e) {
    if (rt::isinstance(e.exc, &rt::exc::KeyError)) return Value::null();
    throw;
  }
}

void mapping_set(Value map, rt::Str* name, Value v) {
  if (rt::is_type(map, &rt::types::dict)) map.as<rt::Dict>()->set_str(name, v);
  else rt::setitem(map, Value::object(name), v);
}

bool mapping_delete(Value map, rt::Str* name) {
  if (rt::is_type(map, &rt::types::dict)) return map.as<rt::Dict>()->remove(Value::object(name));
  try {
    rt::delitem(map, Value::object(name));
    return true;
  } catch (rt::PyError& e) {
    if (rt::isinstance(e.exc, &rt::exc::KeyError)) return false;
    throw;
  }
}

Value format_value(Value v, int flags, Value spec) {
  switch (flags & 3) {
    case 1: v = rt::to_str(v); break;
    case 2: v = rt::repr(v); break;
    case 3: v = rt::str_value(rt::ascii_escape(rt::repr_string(v))); break;
    default: break;
  }
  // A class's __format__ is asked even without a spec (CPython's PyObject_Format(v, "")).
  if (spec.is_null())
    return rt::type_of(v)->is_heap() ? rt::format(v, Value::object(rt::intern(""))) : rt::to_str(v);
  return rt::format(v, spec);
}

Value make_exception_from(Value v) {
  if (rt::is_type(v, &rt::types::type) && v.as<rt::Type>()->is_exception)
    return rt::call(v, nullptr, 0);
  if (v.is_object() && v.as_object()->type->is_exception) return v;
  raise(&rt::exc::TypeError, "exceptions must derive from BaseException");
}

bool exception_matches(Value exc, Value cls) {
  if (rt::is_type(cls, &rt::types::tuple)) {
    for (Value c : cls.as<rt::Tuple>()->items)
      if (exception_matches(exc, c)) return true;
    return false;
  }
  if (!rt::is_type(cls, &rt::types::type) || !cls.as<rt::Type>()->is_exception)
    raise(&rt::exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
  return rt::isinstance(exc, cls.as<rt::Type>());
}

// Rewrites the instruction just fetched (ip points past it), keeping its argument.
inline void quicken(const bytecode::Instr* ip, Op op) {
  auto* slot = const_cast<bytecode::Instr*>(ip - 1);
  *slot = bytecode::make_instr(op, bytecode::instr_arg(*slot));
}

// Operands whose type only a damaged (yet verified) cache file could get
// wrong are checked, so bad bytecode ends in SystemError, never a crash.
template <class T>
T* expect(Value v, const rt::Type* t) {
  if (!rt::is_type(v, t)) raise(&rt::exc::SystemError, "bad bytecode: expected a " + t->name + " operand");
  return v.as<T>();
}

template <class T>
T* expect_optional(Value v, const rt::Type* t) {
  return v.is_none() ? nullptr : expect<T>(v, t);
}

// True if the n instructions before `at` are all LOAD_CONST.
bool all_constants_before(const bytecode::Instr* at, const bytecode::Instr* start, uint32_t n) {
  if (static_cast<size_t>(at - start) < n) return false;
  for (uint32_t i = 1; i <= n; ++i)
    if (bytecode::instr_op(at[-static_cast<ptrdiff_t>(i)]) != Op::LOAD_CONST) return false;
  return true;
}

inline bool compare_ints(CompareOp op, int64_t x, int64_t y) {
  switch (op) {
    case CompareOp::Lt: return x < y;
    case CompareOp::Le: return x <= y;
    case CompareOp::Eq: return x == y;
    case CompareOp::Ne: return x != y;
    case CompareOp::Gt: return x > y;
    default: return x >= y;
  }
}

const bytecode::ExceptionEntry* find_handler(const rt::CodeObj* code, uint32_t instr) {
  for (const auto& e : code->src->exception_table)
    if (e.start <= instr && instr < e.end) return &e;
  return nullptr;
}

}  // namespace

Value VM::execute(Frame* entry) {
  static void* const kDispatch[256] = {
#define OPCODE(name, operand, fall, jump) &&op_##name,
#define INTERNAL_OPCODE(name, operand, fall, jump) &&op_##name,
#include "bytecode/opcodes.def"
#undef INTERNAL_OPCODE
#undef OPCODE
  };
  Frame* frame = entry;
  rt::CodeObj* code = frame->code;
  const bytecode::Instr* ip = frame->ip;
  const bytecode::Instr* code_start = code->code.data();
  Value* sp = frame->sp;
  Value* locals = frame->locals;
  const Value* consts = code->consts.data();
  uint32_t oparg = 0;
  rt::Dict* builtins = rt::builtins_dict();
  Value* call_args = nullptr;  // do_call's operands (CALL and CALL_METHOD share it)
  uint32_t call_nargs = 0;
  rt::Tuple* call_kwnames = nullptr;

#define DISPATCH()                                    \
  do {                                                \
    bytecode::Instr in_ = *ip++;                      \
    oparg = bytecode::instr_arg(in_);                 \
    goto* kDispatch[in_ & 0xFF];                      \
  } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SAVE() (frame->sp = sp, frame->ip = ip)
#define LOAD_FRAME()                 \
  do {                               \
    code = frame->code;              \
    ip = frame->ip;                  \
    sp = frame->sp;                  \
    locals = frame->locals;          \
    consts = code->consts.data();    \
    code_start = code->code.data();  \
  } while (0)
  // Collect only here (calls and backward jumps), with every frame's stack saved.
#define SAFE_POINT()                                                  \
  do {                                                                \
    if (rt::heap().should_collect() && native_reentry_ == 0) {        \
      SAVE();                                                         \
      rt::heap().collect();                                           \
      if (rt::heap().has_pending_finalizers())                        \
        run_finalizers(rt::heap().take_pending_finalizers());         \
    }                                                                 \
  } while (0)

  for (;;) {
    Value pending;
    try {
      if (__builtin_expect(!throw_on_entry_.is_null(), 0)) {
        // gen.throw(): the exception appears at the generator's yield.
        Value thrown = throw_on_entry_;
        throw_on_entry_ = Value::null();
        throw rt::PyError{thrown};
      }
      DISPATCH();

    op_NOP:
      DISPATCH();
    op_POP_TOP:
      --sp;
      DISPATCH();
    op_COPY: {
      Value v = sp[-static_cast<int>(oparg)];
      PUSH(v);
      DISPATCH();
    }
    op_SWAP: {
      Value t = sp[-1];
      sp[-1] = sp[-static_cast<int>(oparg)];
      sp[-static_cast<int>(oparg)] = t;
      DISPATCH();
    }

    op_LOAD_CONST:
      PUSH(consts[oparg]);
      DISPATCH();
    op_LOAD_FAST: {
      Value v = locals[oparg];
      if (__builtin_expect(v.is_null(), 0)) unbound_local(code, oparg);
      PUSH(v);
      DISPATCH();
    }
    op_STORE_FAST:
      locals[oparg] = POP();
      DISPATCH();
    op_DELETE_FAST:
      if (locals[oparg].is_null()) unbound_local(code, oparg);
      locals[oparg] = Value::null();
      DISPATCH();
    op_LOAD_GLOBAL: {
      rt::GlobalCache& c = code->global_caches[oparg];
      rt::Dict* g = frame->globals;
      Value v;
      if (c.globals_version == g->keys_version) {
        if (!c.in_builtins) v = g->entries[c.entry].value;
        else if (c.builtins_version == builtins->keys_version) v = builtins->entries[c.entry].value;
        else v = load_global_slow(code, c, g);
      } else {
        v = load_global_slow(code, c, g);
      }
      PUSH(v);
      DISPATCH();
    }
    op_STORE_GLOBAL: {
      rt::GlobalCache& c = code->global_caches[oparg];
      rt::Dict* g = frame->globals;
      Value v = POP();
      if (c.globals_version == g->keys_version && !c.in_builtins) g->entries[c.entry].value = v;
      else store_global_slow(code, c, g, v);
      DISPATCH();
    }
    op_DELETE_GLOBAL: {
      rt::Str* name = code->names[oparg];
      if (!frame->globals->remove(Value::object(name))) name_error(name);
      DISPATCH();
    }
    op_LOAD_NAME: {
      rt::Str* name = code->names[oparg];
      Value v = Value::null();
      if (!frame->locals_map.is_null()) {
        SAVE();
        v = mapping_get(frame->locals_map, name);
      }
      if (v.is_null()) v = frame->globals->get_str(name);
      if (v.is_null()) v = builtins_of(frame->globals)->get_str(name);
      if (v.is_null()) name_error(name);
      PUSH(v);
      DISPATCH();
    }
    op_STORE_NAME: {
      Value v = POP();
      if (!frame->locals_map.is_null()) {
        SAVE();
        mapping_set(frame->locals_map, code->names[oparg], v);
      } else {
        frame->globals->set_str(code->names[oparg], v);
      }
      DISPATCH();
    }
    op_DELETE_NAME: {
      rt::Str* name = code->names[oparg];
      SAVE();
      if (!frame->locals_map.is_null()) {
        if (!mapping_delete(frame->locals_map, name)) name_error(name);
      } else if (!frame->globals->remove(Value::object(name))) {
        name_error(name);
      }
      DISPATCH();
    }
    op_LOAD_DEREF: {
      Value v = expect<rt::Cell>(locals[code->nlocals + oparg], &rt::types::cell)->value;
      if (v.is_null()) unbound_deref(code, oparg);
      PUSH(v);
      DISPATCH();
    }
    op_STORE_DEREF:
      expect<rt::Cell>(locals[code->nlocals + oparg], &rt::types::cell)->value = POP();
      DISPATCH();
    op_LOAD_CLOSURE:
      PUSH(locals[code->nlocals + oparg]);
      DISPATCH();
    op_LOAD_ATTR: {
      rt::AttrCache& c = code->attr_caches[oparg];
      Value obj = TOP();
      if (obj.is_object()) {
        rt::Object* o = obj.as_object();
        rt::Type* t = o->type;
        if (t->version == c.type_version) {
          if (c.kind == rt::AttrCache::kInstanceValue) {
            rt::InstanceAttrs* a = rt::attrs_of(o);
            if (!a->dict && static_cast<size_t>(c.index) < a->values.size()) {
              Value v = a->values[c.index];
              if (!v.is_null()) {
                TOP() = v;
                DISPATCH();
              }
            }
          } else if (c.kind == rt::AttrCache::kClassValue) {
            rt::InstanceAttrs* a = rt::attrs_of(o);
            if (!a || (!a->dict && (!t->keys || t->keys->version == c.keys_version))) {
              TOP() = c.value;
              DISPATCH();
            }
          }
        } else if (c.kind == rt::AttrCache::kModuleEntry && t == &rt::types::module) {
          rt::Dict* d = obj.as<rt::Module>()->dict;
          if (d->keys_version == c.dict_version) {
            TOP() = d->entries[c.index].value;
            DISPATCH();
          }
        }
      }
      SAVE();
      TOP() = load_attr_slow(c, obj, code->names[c.name]);
      DISPATCH();
    }
    op_LOAD_METHOD: {
      rt::AttrCache& c = code->attr_caches[oparg];
      Value obj = TOP();
      rt::Type* t = rt::type_of(obj);
      if (t->version == c.type_version && c.kind == rt::AttrCache::kMethod) {
        rt::InstanceAttrs* a = obj.is_object() ? rt::attrs_of(obj.as_object()) : nullptr;
        if (!a || (!a->dict && (!t->keys || t->keys->version == c.keys_version))) {
          sp[-1] = c.value;
          PUSH(obj);
          DISPATCH();
        }
      }
      SAVE();
      Value method, self;
      load_method_slow(c, obj, code->names[c.name], &method, &self);
      sp[-1] = method;
      PUSH(self);
      DISPATCH();
    }
    op_STORE_ATTR: {
      rt::AttrCache& c = code->attr_caches[oparg];
      Value obj = sp[-1];
      Value v = sp[-2];
      sp -= 2;
      if (obj.is_object()) {
        rt::Object* o = obj.as_object();
        if (o->type->version == c.type_version && c.kind == rt::AttrCache::kInstanceValue) {
          rt::InstanceAttrs* a = rt::attrs_of(o);
          if (!a->dict && static_cast<size_t>(c.index) < a->values.size() &&
              (!a->values[c.index].is_null() || rt::attrs_tail_empty(a, c.index))) {
            a->values[c.index] = v;
            DISPATCH();
          }
        }
      }
      SAVE();
      store_attr_slow(c, obj, code->names[c.name], v);
      DISPATCH();
    }
    op_DELETE_ATTR: {
      Value obj = POP();
      SAVE();
      rt::delattr(obj, code->names[oparg]);
      DISPATCH();
    }

    op_UNARY_POSITIVE:
      TOP() = rt::unary_positive(TOP());
      DISPATCH();
    op_UNARY_NEGATIVE: {
      Value v = TOP();
      if (v.is_small_int()) TOP() = rt::make_int(-v.as_small_int());
      else TOP() = rt::unary_negative(v);
      DISPATCH();
    }
    op_UNARY_NOT:
      TOP() = Value::boolean(!rt::truthy(TOP()));
      DISPATCH();
    op_UNARY_INVERT:
      TOP() = rt::unary_invert(TOP());
      DISPATCH();

    op_BINARY_OP: {
      Value b = sp[-1], a = sp[-2];
      if (rt::both_small_ints(a, b)) {
        int64_t x = a.as_small_int(), y = b.as_small_int();
        switch (static_cast<BinaryOp>(oparg)) {
          case BinaryOp::Add:
          case BinaryOp::InplaceAdd:
            quicken(ip, Op::BINARY_OP_ADD_INT);
            sp[-2] = rt::make_int(x + y);
            --sp;
            DISPATCH();
          case BinaryOp::Subtract:
          case BinaryOp::InplaceSubtract:
            quicken(ip, Op::BINARY_OP_SUB_INT);
            sp[-2] = rt::make_int(x - y);
            --sp;
            DISPATCH();
          case BinaryOp::Multiply:
          case BinaryOp::InplaceMultiply: {
            int64_t r;
            if (__builtin_mul_overflow(x, y, &r)) break;
            sp[-2] = rt::make_int(r);
            --sp;
            DISPATCH();
          }
          case BinaryOp::Remainder:
          case BinaryOp::InplaceRemainder:
            if (y > 0) {
              int64_t r = x % y;
              if (r < 0) r += y;
              sp[-2] = Value::small_int(r);
              --sp;
              DISPATCH();
            }
            break;
          case BinaryOp::FloorDivide:
          case BinaryOp::InplaceFloorDivide:
            if (y > 0) {
              int64_t q = x / y;
              if ((x % y != 0) && (x < 0)) --q;
              sp[-2] = Value::small_int(q);
              --sp;
              DISPATCH();
            }
            break;
          case BinaryOp::And:
          case BinaryOp::InplaceAnd:
            sp[-2] = Value::small_int(x & y);
            --sp;
            DISPATCH();
          case BinaryOp::Or:
          case BinaryOp::InplaceOr:
            sp[-2] = Value::small_int(x | y);
            --sp;
            DISPATCH();
          case BinaryOp::Xor:
          case BinaryOp::InplaceXor:
            sp[-2] = Value::small_int(x ^ y);
            --sp;
            DISPATCH();
          default:
            break;
        }
      } else if (a.is_object() && b.is_object() && a.as_object()->type == &rt::types::str &&
                 b.as_object()->type == &rt::types::str &&
                 (static_cast<BinaryOp>(oparg) == BinaryOp::Add || static_cast<BinaryOp>(oparg) == BinaryOp::InplaceAdd)) {
        // str + str: the common string building step, without the generic dispatch.
        sp[-2] = rt::str_concat(a.as<rt::Str>(), b.as<rt::Str>());
        --sp;
        DISPATCH();
      } else if (a.is_float() && b.is_float()) {
        double x = a.as_float(), y = b.as_float();
        quicken(ip, Op::BINARY_OP_FLOAT);
        switch (static_cast<BinaryOp>(oparg)) {
          case BinaryOp::Add:
          case BinaryOp::InplaceAdd:
            sp[-2] = Value::from_double(x + y);
            --sp;
            DISPATCH();
          case BinaryOp::Subtract:
          case BinaryOp::InplaceSubtract:
            sp[-2] = Value::from_double(x - y);
            --sp;
            DISPATCH();
          case BinaryOp::Multiply:
          case BinaryOp::InplaceMultiply:
            sp[-2] = Value::from_double(x * y);
            --sp;
            DISPATCH();
          case BinaryOp::TrueDivide:
          case BinaryOp::InplaceTrueDivide:
            if (y == 0.0) break;
            sp[-2] = Value::from_double(x / y);
            --sp;
            DISPATCH();
          default:
            break;
        }
      }
      SAVE();
      sp[-2] = rt::binary_op(static_cast<BinaryOp>(oparg), a, b);
      --sp;
      DISPATCH();
    }
    op_COMPARE_OP: {
      Value b = sp[-1], a = sp[-2];
      bool r;
      if (rt::both_small_ints(a, b)) {
        int64_t x = a.as_small_int(), y = b.as_small_int();
        Op next_op = bytecode::instr_op(*ip);
        if (next_op == Op::POP_JUMP_IF_FALSE || next_op == Op::POP_JUMP_IF_TRUE) quicken(ip, Op::COMPARE_OP_INT_JUMP);
        r = compare_ints(static_cast<CompareOp>(oparg), x, y);
        sp[-2] = Value::boolean(r);
        --sp;
        DISPATCH();
      }
      if (a.is_float() && b.is_float()) {
        double x = a.as_float(), y = b.as_float();
        switch (static_cast<CompareOp>(oparg)) {
          case CompareOp::Lt: r = x < y; break;
          case CompareOp::Le: r = x <= y; break;
          case CompareOp::Eq: r = x == y; break;
          case CompareOp::Ne: r = x != y; break;
          case CompareOp::Gt: r = x > y; break;
          default: r = x >= y; break;
        }
        sp[-2] = Value::boolean(r);
        --sp;
        DISPATCH();
      }
      SAVE();
      sp[-2] = rt::compare(static_cast<CompareOp>(oparg), a, b);
      --sp;
      DISPATCH();
    }
    op_IS_OP: {
      Value b = POP();
      bool same = TOP() == b;
      TOP() = Value::boolean(same != (oparg == 1));
      DISPATCH();
    }
    op_CONTAINS_OP: {
      Value container = POP();
      SAVE();
      bool in = rt::contains(container, TOP());
      TOP() = Value::boolean(in != (oparg == 1));
      DISPATCH();
    }
    op_BINARY_SUBSCR: {
      Value key = sp[-1], obj = sp[-2];
      if (key.is_small_int() && obj.is_object() && obj.as_object()->type == &rt::types::list) {
        auto& items = obj.as<rt::List>()->items;
        int64_t i = key.as_small_int();
        if (i < 0) i += static_cast<int64_t>(items.size());
        if (i >= 0 && i < static_cast<int64_t>(items.size())) {
          sp[-2] = items[i];
          --sp;
          DISPATCH();
        }
      }
      SAVE();
      sp[-2] = rt::getitem(obj, key);
      --sp;
      DISPATCH();
    }
    op_STORE_SUBSCR: {
      Value key = sp[-1], obj = sp[-2], v = sp[-3];
      sp -= 3;
      if (key.is_small_int() && obj.is_object() && obj.as_object()->type == &rt::types::list) {
        auto& items = obj.as<rt::List>()->items;
        int64_t i = key.as_small_int();
        if (i < 0) i += static_cast<int64_t>(items.size());
        if (i >= 0 && i < static_cast<int64_t>(items.size())) {
          items[i] = v;
          DISPATCH();
        }
      }
      SAVE();
      rt::setitem(obj, key, v);
      DISPATCH();
    }
    op_DELETE_SUBSCR: {
      Value key = POP();
      Value obj = POP();
      SAVE();
      rt::delitem(obj, key);
      DISPATCH();
    }

    op_BUILD_TUPLE: {
      sp -= oparg;
      Value t = rt::tuple_value(std::vector<Value>(sp, sp + oparg));
      PUSH(t);
      DISPATCH();
    }
    op_BUILD_LIST: {
      sp -= oparg;
      Value l = Value::object(rt::new_list(std::vector<Value>(sp, sp + oparg)));
      PUSH(l);
      DISPATCH();
    }
    op_BUILD_SET: {
      sp -= oparg;
      rt::Set* set = rt::new_set();
      SAVE();
      if (oparg > 2 && all_constants_before(ip - 1, code_start, oparg)) {
        // CPython builds a literal of constants as a frozenset constant merged
        // into an empty set; its table layout, hence its order, differs.
        rt::Set* frozen = rt::new_set(true);
        for (uint32_t i = 0; i < oparg; ++i) frozen->add(sp[i]);
        set->update(Value::object(frozen));
      } else {
        for (uint32_t i = 0; i < oparg; ++i) set->add(sp[i]);
      }
      PUSH(Value::object(set));
      DISPATCH();
    }
    op_SET_ADD: {
      Value v = POP();
      SAVE();
      expect<rt::Set>(sp[-static_cast<int>(oparg)], &rt::types::set)->add(v);
      DISPATCH();
    }
    op_SET_UPDATE: {
      Value iterable = POP();
      SAVE();
      expect<rt::Set>(sp[-static_cast<int>(oparg)], &rt::types::set)->update(iterable);
      DISPATCH();
    }
    op_BUILD_MAP: {
      sp -= 2 * oparg;
      rt::Dict* d = rt::new_dict();
      SAVE();
      for (uint32_t i = 0; i < oparg; ++i) d->set(sp[2 * i], sp[2 * i + 1]);
      PUSH(Value::object(d));
      DISPATCH();
    }
    op_BUILD_STRING: {
      sp -= oparg;
      size_t bytes = 0;
      int64_t length = 0;
      bool ascii = true;
      for (uint32_t i = 0; i < oparg; ++i) {
        const rt::Str* part = expect<rt::Str>(sp[i], &rt::types::str);
        bytes += part->data.size();
        length += part->length;
        ascii = ascii && part->ascii;
      }
      std::string s;
      s.reserve(bytes);
      for (uint32_t i = 0; i < oparg; ++i) s += sp[i].as<rt::Str>()->data;
      PUSH(Value::object(rt::heap().make<rt::Str>(std::move(s), length, ascii)));
      DISPATCH();
    }
    op_BUILD_SLICE: {
      Value step = oparg == 3 ? POP() : Value::none();
      Value stop = POP();
      Value start = TOP();
      TOP() = Value::object(rt::heap().make<rt::Slice>(start, stop, step));
      DISPATCH();
    }
    op_LIST_APPEND: {
      Value v = POP();
      expect<rt::List>(sp[-static_cast<int>(oparg)], &rt::types::list)->items.push_back(v);
      DISPATCH();
    }
    op_LIST_EXTEND: {
      Value iterable = POP();
      SAVE();
      std::vector<Value> items = unpack_items(iterable);
      auto& dst = expect<rt::List>(sp[-static_cast<int>(oparg)], &rt::types::list)->items;
      dst.insert(dst.end(), items.begin(), items.end());
      DISPATCH();
    }
    op_MAP_ADD: {
      Value v = POP();
      Value k = POP();
      SAVE();
      expect<rt::Dict>(sp[-static_cast<int>(oparg)], &rt::types::dict)->set(k, v);
      DISPATCH();
    }
    op_DICT_UPDATE: {
      Value m = POP();
      SAVE();
      rt::Dict* dst = expect<rt::Dict>(sp[-static_cast<int>(oparg)], &rt::types::dict);
      rt::dict_merge(dst, m, true);
      DISPATCH();
    }
    op_LIST_TO_TUPLE:
      TOP() = rt::tuple_value(expect<rt::List>(TOP(), &rt::types::list)->items);
      DISPATCH();
    op_FORMAT_VALUE: {
      Value spec = (oparg & 4) ? POP() : Value::null();
      SAVE();
      TOP() = format_value(TOP(), static_cast<int>(oparg), spec);
      DISPATCH();
    }
    op_UNPACK_SEQUENCE: {
      Value seq = POP();
      SAVE();
      if (rt::is_type(seq, &rt::types::tuple) || rt::is_type(seq, &rt::types::list)) {
        const auto& items = rt::is_type(seq, &rt::types::tuple) ? seq.as<rt::Tuple>()->items
                                                                 : seq.as<rt::List>()->items;
        if (items.size() == oparg) {
          for (size_t i = oparg; i-- > 0;) PUSH(items[i]);
          DISPATCH();
        }
      }
      std::vector<Value> items = unpack_items(seq);
      if (items.size() < oparg) unpack_error_count(oparg, items.size());
      if (items.size() > oparg)
        raise(&rt::exc::ValueError, "too many values to unpack (expected " + std::to_string(oparg) + ")");
      for (size_t i = oparg; i-- > 0;) PUSH(items[i]);
      DISPATCH();
    }
    op_UNPACK_EX: {
      Value seq = POP();
      SAVE();
      size_t before = oparg & 0xFF, after = oparg >> 8;
      std::vector<Value> items = unpack_items(seq);
      if (items.size() < before + after)
        raise(&rt::exc::ValueError, "not enough values to unpack (expected at least " +
                                        std::to_string(before + after) + ", got " + std::to_string(items.size()) + ")");
      for (size_t i = 0; i < after; ++i) PUSH(items[items.size() - 1 - i]);
      PUSH(Value::object(rt::new_list(std::vector<Value>(items.begin() + before, items.end() - after))));
      for (size_t i = before; i-- > 0;) PUSH(items[i]);
      DISPATCH();
    }

    op_JUMP:
      if (code_start + oparg <= ip) SAFE_POINT();
      ip = code_start + oparg;
      DISPATCH();
    op_POP_JUMP_IF_FALSE: {
      Value v = POP();
      if (v.is_bool() ? !v.is_true() : !rt::truthy(v)) ip = code_start + oparg;
      DISPATCH();
    }
    op_POP_JUMP_IF_TRUE: {
      Value v = POP();
      if (v.is_bool() ? v.is_true() : rt::truthy(v)) ip = code_start + oparg;
      DISPATCH();
    }
    op_POP_JUMP_IF_NONE:
      if (POP().is_none()) ip = code_start + oparg;
      DISPATCH();
    op_POP_JUMP_IF_NOT_NONE:
      if (!POP().is_none()) ip = code_start + oparg;
      DISPATCH();
    op_JUMP_IF_FALSE_OR_POP:
      if (!rt::truthy(TOP())) ip = code_start + oparg;
      else --sp;
      DISPATCH();
    op_JUMP_IF_TRUE_OR_POP:
      if (rt::truthy(TOP())) ip = code_start + oparg;
      else --sp;
      DISPATCH();
    op_GET_ITER:
      SAVE();
      TOP() = rt::iter(TOP());
      DISPATCH();
    op_FOR_ITER: {
      Value it = TOP();
      rt::Type* t = rt::type_of(it);
      if (t == &rt::types::generator) {
        SAVE();
        bool returned = false;
        Value v = resume_generator(it.as<rt::Generator>(), Value::none(), Value::null(), true, &returned);
        if (!returned) {
          PUSH(v);
          DISPATCH();
        }
        --sp;
        ip = code_start + oparg;
        DISPATCH();
      } else if (t == &rt::types::range_iter) {
        quicken(ip, bytecode::instr_op(*ip) == Op::STORE_FAST ? Op::FOR_ITER_RANGE_STORE : Op::FOR_ITER_RANGE);
        auto* r = it.as<rt::RangeIter>();
        if (r->step > 0 ? r->next < r->stop : r->next > r->stop) {
          int64_t v = r->next;
          r->next += r->step;
          PUSH(rt::make_int(v));
          DISPATCH();
        }
      } else if (t == &rt::types::list_iter) {
        quicken(ip, Op::FOR_ITER_LIST);
        auto* s = it.as<rt::SeqIter>();
        const auto& items = s->seq.as<rt::List>()->items;
        if (s->pos < static_cast<int64_t>(items.size())) {
          PUSH(items[s->pos++]);
          DISPATCH();
        }
      } else {
        SAVE();
        Value v = rt::next(it);
        if (!v.is_null()) {
          PUSH(v);
          DISPATCH();
        }
      }
      --sp;
      ip = code_start + oparg;
      DISPATCH();
    }

    op_CALL_METHOD:
    op_CALL_METHOD_KW: {
      rt::Tuple* kwnames = nullptr;
      if (static_cast<Op>(ip[-1] & 0xFF) == Op::CALL_METHOD_KW) kwnames = expect<rt::Tuple>(POP(), &rt::types::tuple);
      Value* args = sp - oparg;
      uint32_t nargs = oparg;
      if (!args[-2].is_null()) {
        // meth, self, args...: self becomes the first argument.
        --args;
        ++nargs;
      } else {
        // NULL, callable, args...: close the gap so the callable sits below its arguments.
        for (Value* p = args - 2; p < sp - 1; ++p) p[0] = p[1];
        --sp;
        --args;
      }
      call_args = args;
      call_nargs = nargs;
      call_kwnames = kwnames;
      goto do_call;
    }
    op_CALL:
    op_CALL_KW: {
      rt::Tuple* kwnames = nullptr;
      if (static_cast<Op>(ip[-1] & 0xFF) == Op::CALL_KW) kwnames = expect<rt::Tuple>(POP(), &rt::types::tuple);
      call_args = sp - oparg;
      call_nargs = oparg;
      call_kwnames = kwnames;
      goto do_call;
    }
    do_call: {
      // callable at args[-1], arguments args[0..nargs); the result replaces the callable.
      Value* args = call_args;
      uint32_t nargs = call_nargs;
      rt::Tuple* kwnames = call_kwnames;
      Value callable = args[-1];
      if (callable.is_object() && callable.as_object()->type == &rt::types::function) {
        auto* f = callable.as<rt::Function>();
        rt::CodeObj* fc = f->code;
        SAVE();
        frame->sp = args;  // the callable stays on the caller's stack; the args become the callee's locals
        uint32_t missing = fc->argcount - nargs;  // filled from defaults
        if (f->simple && nargs <= fc->argcount && !kwnames &&
            (missing == 0 || (f->defaults && missing <= f->defaults->items.size())) &&
            depth_ + rt::RecursionGuard::depth < sys.recursion_limit && args + fc->frame_size < stack_limit_) {
          // The common call, inline: positional arguments (and trailing defaults), no cells.
          if (missing) {
            const Value* d = f->defaults->items.data() + f->defaults->items.size() - missing;
            for (uint32_t i = 0; i < missing; ++i) args[nargs + i] = d[i];
          }
          for (uint32_t i = fc->argcount; i < fc->nlocals; ++i) args[i] = Value::null();
          frame = &frames_[depth_++];
          frame->code = code = fc;
          frame->func = f;
          frame->globals = f->globals;
          frame->locals = locals = args;
          frame->flags = 0;
          frame->locals_map = Value::null();
          frame->init_self = Value::null();
          frame->generator = nullptr;
          consts = fc->consts.data();
          ip = code_start = fc->code.data();
          sp = args + fc->nlocals;
          frame->sp = sp;
          SAFE_POINT();
          DISPATCH();
        }
        Frame* callee = push_frame(f, args, nargs, kwnames);
        if (!callee) {  // a generator function: the generator replaced the callable
          sp = args;
          DISPATCH();
        }
        frame = callee;
        LOAD_FRAME();
        SAFE_POINT();
        DISPATCH();
      }
      SAVE();
      frame->sp = args;
      Frame* callee = call_from_loop(args, nargs, kwnames);
      if (callee) {
        frame = callee;
        LOAD_FRAME();
        SAFE_POINT();
        DISPATCH();
      }
      sp = args;
      DISPATCH();
    }
    op_CALL_FUNCTION_EX: {
      Value kwargs = (oparg & 1) ? POP() : Value::null();
      Value pos = POP();
      Value callable = TOP();
      SAVE();
      std::vector<Value> args = unpack_items(pos);
      rt::Tuple* kwnames = nullptr;
      if (!kwargs.is_null()) {
        if (!rt::is_type(kwargs, &rt::types::dict))
          raise(&rt::exc::TypeError, "argument after ** must be a mapping, not " + rt::type_name(kwargs));
        std::vector<Value> names;
        for (const auto& e : kwargs.as<rt::Dict>()->entries) {
          if (e.key.is_null()) continue;
          if (!rt::is_type(e.key, &rt::types::str)) raise(&rt::exc::TypeError, "keywords must be strings");
          names.push_back(e.key);
          args.push_back(e.value);
        }
        kwnames = rt::new_tuple(std::move(names));
      }
      Value* argp = sp;
      for (Value v : args) PUSH(v);
      if (callable.is_object() && callable.as_object()->type == &rt::types::function) {
        frame->sp = argp;
        frame->ip = ip;
        Frame* callee = push_frame(callable.as<rt::Function>(), argp, args.size(), kwnames);
        if (!callee) {  // a generator function: the generator replaced the callable
          sp = argp;
          DISPATCH();
        }
        frame = callee;
        LOAD_FRAME();
        SAFE_POINT();
        DISPATCH();
      }
      SAVE();
      Value r = rt::call(callable, argp, args.size(), kwnames);
      sp = argp;
      sp[-1] = r;
      DISPATCH();
    }
    op_MAKE_FUNCTION: {
      rt::CodeObj* fcode = expect<rt::CodeObj>(POP(), &rt::types::code);
      auto* f = rt::heap().make<rt::Function>(fcode, frame->globals);
      if (oparg & 8) f->closure = expect<rt::Tuple>(POP(), &rt::types::tuple);
      if (oparg & 4) f->annotations = POP();
      if (oparg & 2) f->kwdefaults = expect_optional<rt::Dict>(POP(), &rt::types::dict);
      if (oparg & 1) f->defaults = expect_optional<rt::Tuple>(POP(), &rt::types::tuple);
      if ((f->closure ? f->closure->items.size() : 0) != fcode->nfree)
        raise(&rt::exc::SystemError, "bad bytecode: closure does not match the code's free variables");
      // CPython 3.11: a docstring is the code's first constant (the compiler puts None there otherwise).
      if (!fcode->consts.empty() && rt::is_type(fcode->consts[0], &rt::types::str)) f->doc = fcode->consts[0];
      f->module_name = frame->globals->get_str(rt::intern("__name__"));
      if (f->module_name.is_null()) f->module_name = Value::none();
      f->simple = rt::is_simple_code(fcode);
      PUSH(Value::object(f));
      DISPATCH();
    }
    op_RETURN_VALUE: {
      Value result = POP();
      Frame* done = frame;
      if (__builtin_expect(!done->init_self.is_null(), 0)) {
        if (!result.is_none()) {
          SAVE();
          raise(&rt::exc::TypeError, "__init__() should return None, not '" + rt::type_name(result) + "'");
        }
        result = done->init_self;
        done->init_self = Value::null();
      }
      if (__builtin_expect(done->flags != 0, 0) && unusual_return(done, ip)) {
        --depth_;
        done->sp = done->locals;
        return result;
      }
      --depth_;
      frame = &frames_[depth_ - 1];
      LOAD_FRAME();
      sp[-1] = result;  // replaces the callable
      DISPATCH();
    }

    op_YIELD_VALUE: {
      Value v = POP();
      rt::Generator* g = frame->generator;
      if (!g || !(frame->flags & Frame::kReturnsToNative)) {
        SAVE();
        raise(&rt::exc::SystemError, "bad bytecode: YIELD_VALUE outside a generator");
      }
      // Save the frame into the generator and return to whoever resumed it.
      uint32_t n = static_cast<uint32_t>(sp - locals);
      std::copy(locals, sp, g->frame.begin());
      g->sp = n;
      g->ip = static_cast<uint32_t>(ip - code_start);
      g->state = rt::Generator::State::Suspended;
      frame->sp = frame->locals;
      --depth_;
      if (frame->flags & Frame::kHasFrameObject) {  // it now reads the generator's saved frame
        frame_objs_[frame - frames_]->running = -1;
        frame->flags &= ~Frame::kHasFrameObject;
      }
      return v;
    }
    op_GET_YIELD_FROM_ITER: {
      rt::Type* t = rt::type_of(TOP());
      if (t == &rt::types::coroutine) {
        if (!(code->flags & (bytecode::kCoroutine | bytecode::kIterableCoroutine))) {
          SAVE();
          raise(&rt::exc::TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
        }
      } else if (t != &rt::types::generator) {
        SAVE();
        TOP() = rt::iter(TOP());
      }
      DISPATCH();
    }
    op_SEND: {
      Value v = POP();
      Value recv = TOP();
      SAVE();
      bool returned = false;
      Value r = send_to(recv, v, &returned);
      if (returned) {
        TOP() = r;
        ip = code_start + oparg;
      } else {
        PUSH(r);
      }
      DISPATCH();
    }

    op_GET_LEN: {
      SAVE();
      Value n = rt::make_int(rt::length(TOP()));
      PUSH(n);
      DISPATCH();
    }
    op_MATCH_MAPPING: {
      bool m = rt::match_is_mapping(TOP());
      PUSH(Value::boolean(m));
      DISPATCH();
    }
    op_MATCH_SEQUENCE: {
      bool m = rt::match_is_sequence(TOP());
      PUSH(Value::boolean(m));
      DISPATCH();
    }
    op_MATCH_KEYS: {
      SAVE();
      Value values = rt::match_keys(sp[-2], expect<rt::Tuple>(TOP(), &rt::types::tuple));
      PUSH(values);
      DISPATCH();
    }
    op_MATCH_CLASS: {
      Value kwnames = POP();
      Value cls = POP();
      SAVE();
      TOP() = rt::match_class(TOP(), cls, oparg, expect<rt::Tuple>(kwnames, &rt::types::tuple));
      DISPATCH();
    }
    op_CHECK_EG_MATCH: {
      Value type = POP();
      SAVE();
      auto [match, rest] = rt::exception_group_match(TOP(), type);
      if (!match.is_none()) {
        TOP() = rest;
        // The handler's body sees the matched part as the exception being handled.
        handled_exc_ = match;
      }
      PUSH(match);
      DISPATCH();
    }
    op_PREP_RERAISE_STAR: {
      Value raised = POP();
      SAVE();
      TOP() = rt::prep_reraise_star(TOP(), expect<rt::List>(raised, &rt::types::list));
      DISPATCH();
    }

    op_GET_AWAITABLE: {
      SAVE();
      Value v = TOP();
      if (oparg != 0 && !rt::is_coroutine(v) && rt::lookup_special(v, rt::intern("__await__")).is_null())
        raise(&rt::exc::TypeError, std::string("'async with' received an object from ") +
                                       (oparg == 1 ? "__aenter__" : "__aexit__") +
                                       " that does not implement __await__: " + rt::type_name(v));
      Value it = rt::get_awaitable_iter(v);
      if (rt::is_type(it, &rt::types::coroutine) && !rt::generator_yieldfrom(it.as<rt::Generator>()).is_null())
        raise(&rt::exc::RuntimeError, "coroutine is being awaited already");
      TOP() = it;
      DISPATCH();
    }
    op_GET_AITER: {
      SAVE();
      Value obj = TOP();
      Value aiter = rt::lookup_special(obj, rt::intern("__aiter__"));
      if (aiter.is_null())
        raise(&rt::exc::TypeError,
              "'async for' requires an object with __aiter__ method, got " + rt::type_name(obj));
      Value it = rt::call(aiter, nullptr, 0);
      if (rt::type_lookup(rt::type_of(it), rt::intern("__anext__")).is_null())
        raise(&rt::exc::TypeError,
              "'async for' received an object from __aiter__ that does not implement __anext__: " +
                  rt::type_name(it));
      TOP() = it;
      DISPATCH();
    }
    op_GET_ANEXT: {
      SAVE();
      Value aiter = TOP();
      Value anext = rt::lookup_special(aiter, rt::intern("__anext__"));
      if (anext.is_null())
        raise(&rt::exc::TypeError,
              "'async for' requires an iterator with __anext__ method, got " + rt::type_name(aiter));
      Value next = rt::call(anext, nullptr, 0);
      Value awaitable;
      try {
        awaitable = rt::get_awaitable_iter(next);
      } catch (const rt::PyError& e) {
        if (!rt::isinstance(e.exc, &rt::exc::TypeError)) throw;
        auto* err = rt::new_exception(&rt::exc::TypeError,
                                      "'async for' received an invalid object from __anext__: " + rt::type_name(next));
        err->cause = err->context = e.exc;
        err->suppress_context = true;
        rt::raise_value(Value::object(err));
      }
      PUSH(awaitable);
      DISPATCH();
    }
    op_END_ASYNC_FOR: {
      // Handler of an `async for`: StopAsyncIteration ends the loop (the
      // iterator goes too), anything else goes on.
      Value exc = POP();
      if (rt::isinstance(exc, &rt::exc::StopAsyncIteration)) {
        (void)POP();
        DISPATCH();
      }
      SAVE();
      reraising_ = true;
      rt::raise_value(exc);
    }
    op_BEFORE_ASYNC_WITH: {
      Value mgr = TOP();
      SAVE();
      rt::Type* t = rt::type_of(mgr);
      Value enter = rt::type_lookup(t, rt::intern("__aenter__"));
      if (enter.is_null())
        raise(&rt::exc::TypeError,
              "'" + t->name + "' object does not support the asynchronous context manager protocol");
      Value exit = rt::type_lookup(t, rt::intern("__aexit__"));
      if (exit.is_null())
        raise(&rt::exc::TypeError, "'" + t->name +
                                       "' object does not support the asynchronous context manager protocol "
                                       "(missed __aexit__ method)");
      TOP() = rt::bind_descriptor(exit, mgr, t);
      Value r = rt::call_with_self(enter, mgr, t, nullptr, 0, nullptr);
      PUSH(r);
      DISPATCH();
    }
    op_ASYNC_GEN_WRAP:
      TOP() = rt::async_gen_wrap(TOP());
      DISPATCH();
    op_PRINT_EXPR: {
      Value v = POP();
      SAVE();
      Value hook = rt::getattr_opt(import_module(rt::intern("sys")), rt::intern("displayhook"));
      if (hook.is_null()) raise(&rt::exc::RuntimeError, "lost sys.displayhook");
      rt::call(hook, &v, 1);
      DISPATCH();
    }
    op_DELETE_DEREF: {
      rt::Cell* cell = expect<rt::Cell>(locals[code->nlocals + oparg], &rt::types::cell);
      if (cell->value.is_null()) {
        SAVE();
        unbound_deref(code, oparg);
      }
      cell->value = Value::null();
      DISPATCH();
    }

    op_IMPORT_NAME: {
      Value fromlist = POP();
      (void)fromlist;
      SAVE();
      TOP() = import_module(code->names[oparg]);
      DISPATCH();
    }
    op_IMPORT_FROM: {
      Value module = TOP();
      rt::Str* name = code->names[oparg];
      SAVE();
      Value v = Value::null();
      if (rt::is_type(module, &rt::types::module)) {
        rt::Module* m = module.as<rt::Module>();
        v = m->dict->get_str(name);
        if (v.is_null()) {
          std::string where = m->path.empty() ? "unknown location" : m->path;
          if (m->initializing)
            raise(&rt::exc::ImportError, "cannot import name '" + name->data + "' from partially initialized module '" +
                                             m->name->data + "' (most likely due to a circular import) (" + where +
                                             ")");
          raise(&rt::exc::ImportError,
                "cannot import name '" + name->data + "' from '" + m->name->data + "' (" + where + ")");
        }
      } else {
        v = rt::getattr(module, name);
      }
      PUSH(v);
      DISPATCH();
    }
    op_IMPORT_STAR: {
      Value module = POP();
      SAVE();
      if (rt::is_type(module, &rt::types::module)) {
        for (const auto& e : module.as<rt::Module>()->dict->entries) {
          if (e.key.is_null() || e.key.as<rt::Str>()->data.starts_with("_")) continue;
          frame->globals->set(e.key, e.value);
        }
      }
      DISPATCH();
    }

    op_RAISE_VARARGS: {
      SAVE();
      if (oparg == 0) {
        if (handled_exc_.is_none()) raise(&rt::exc::RuntimeError, "No active exception to reraise");
        reraising_ = true;
        rt::raise_value(handled_exc_);
      }
      Value cause = oparg == 2 ? POP() : Value::null();
      Value exc = make_exception_from(POP());
      if (!cause.is_null()) {
        auto* e = exc.as<rt::ExceptionObj>();
        if (!cause.is_none() && !(rt::is_type_object(cause) && cause.as<rt::Type>()->is_exception) &&
            !rt::isinstance(cause, &rt::exc::BaseException))
          raise(&rt::exc::TypeError, "exception causes must derive from BaseException");
        e->cause = cause.is_none() ? cause : make_exception_from(cause);
        e->suppress_context = true;
      }
      rt::raise_value(exc);
    }
    op_RERAISE: {
      // CPython re-reads lasti only for line numbers; the handler search uses
      // this instruction, so the saved traceback entries are already right.
      Value exc = POP();
      SAVE();
      reraising_ = true;
      rt::raise_value(exc);
    }
    op_PUSH_EXC_INFO: {
      Value exc = TOP();
      TOP() = handled_exc_;
      PUSH(exc);
      handled_exc_ = exc;
      DISPATCH();
    }
    op_POP_EXCEPT:
      handled_exc_ = POP();
      DISPATCH();
    op_CHECK_EXC_MATCH: {
      Value cls = POP();
      SAVE();
      bool match = exception_matches(TOP(), cls);
      PUSH(Value::boolean(match));
      DISPATCH();
    }

    op_LOAD_BUILD_CLASS: {
      Value v = builtins_of(frame->globals)->get_str(rt::intern("__build_class__"));
      if (v.is_null()) {
        SAVE();
        raise(&rt::exc::NameError, "__build_class__ not found");
      }
      PUSH(v);
      DISPATCH();
    }
    op_LOAD_CLASSDEREF: {
      Value v = Value::null();
      if (!frame->locals_map.is_null()) {
        SAVE();
        v = mapping_get(frame->locals_map, code->cell_and_free[oparg]);
      }
      if (v.is_null()) {
        v = expect<rt::Cell>(locals[code->nlocals + oparg], &rt::types::cell)->value;
        if (v.is_null()) {
          SAVE();
          unbound_deref(code, oparg);
        }
      }
      PUSH(v);
      DISPATCH();
    }
    op_BEFORE_WITH: {
      Value mgr = TOP();
      SAVE();
      rt::Type* t = rt::type_of(mgr);
      Value enter = rt::type_lookup(t, rt::names::enter);
      if (enter.is_null())
        raise(&rt::exc::TypeError, "'" + t->name + "' object does not support the context manager protocol");
      Value exit = rt::type_lookup(t, rt::names::exit);
      if (exit.is_null())
        raise(&rt::exc::TypeError, "'" + t->name +
                                       "' object does not support the context manager protocol (missed __exit__ method)");
      TOP() = rt::bind_descriptor(exit, mgr, t);
      Value r = rt::call_with_self(enter, mgr, t, nullptr, 0, nullptr);
      PUSH(r);
      DISPATCH();
    }
    op_WITH_EXCEPT_START: {
      // exit_func, lasti, prev_exc, exc
      Value exc = sp[-1];
      Value exit = sp[-4];
      SAVE();
      Value args[3] = {rt::type_value(rt::type_of(exc)), exc,
                       rt::isinstance(exc, &rt::exc::BaseException) ? rt::exception_traceback(exc) : Value::none()};
      Value r = rt::call(exit, args, 3);
      PUSH(r);
      DISPATCH();
    }

    // ---- quickened forms (see opcodes.def); each falls back to its generic form
    op_LOAD_FAST_LOAD_FAST: {
      Value a = locals[oparg];
      Value b = locals[bytecode::instr_arg(*ip)];
      if (__builtin_expect(a.is_null() || b.is_null(), 0)) goto op_LOAD_FAST;
      sp[0] = a;
      sp[1] = b;
      sp += 2;
      ++ip;
      DISPATCH();
    }
    op_LOAD_FAST_LOAD_CONST: {
      Value a = locals[oparg];
      if (__builtin_expect(a.is_null(), 0)) goto op_LOAD_FAST;
      sp[0] = a;
      sp[1] = consts[bytecode::instr_arg(*ip)];
      sp += 2;
      ++ip;
      DISPATCH();
    }
    op_BINARY_OP_ADD_INT: {
      Value b = sp[-1], a = sp[-2];
      if (__builtin_expect(!rt::both_small_ints(a, b), 0)) {
        quicken(ip, Op::BINARY_OP);
        goto op_BINARY_OP;
      }
      sp[-2] = rt::make_int(a.as_small_int() + b.as_small_int());
      --sp;
      DISPATCH();
    }
    op_BINARY_OP_SUB_INT: {
      Value b = sp[-1], a = sp[-2];
      if (__builtin_expect(!rt::both_small_ints(a, b), 0)) {
        quicken(ip, Op::BINARY_OP);
        goto op_BINARY_OP;
      }
      sp[-2] = rt::make_int(a.as_small_int() - b.as_small_int());
      --sp;
      DISPATCH();
    }
    op_BINARY_OP_FLOAT: {
      Value b = sp[-1], a = sp[-2];
      if (__builtin_expect(!(a.is_float() && b.is_float()), 0)) {
        quicken(ip, Op::BINARY_OP);
        goto op_BINARY_OP;
      }
      double x = a.as_float(), y = b.as_float(), r;
      switch (static_cast<BinaryOp>(oparg)) {
        case BinaryOp::Add:
        case BinaryOp::InplaceAdd: r = x + y; break;
        case BinaryOp::Subtract:
        case BinaryOp::InplaceSubtract: r = x - y; break;
        case BinaryOp::Multiply:
        case BinaryOp::InplaceMultiply: r = x * y; break;
        case BinaryOp::TrueDivide:
        case BinaryOp::InplaceTrueDivide:
          if (y == 0.0) goto op_BINARY_OP;
          r = x / y;
          break;
        default: goto op_BINARY_OP;
      }
      sp[-2] = Value::from_double(r);
      --sp;
      DISPATCH();
    }
    op_COMPARE_OP_INT_JUMP: {
      Value b = sp[-1], a = sp[-2];
      if (__builtin_expect(!rt::both_small_ints(a, b), 0)) {
        quicken(ip, Op::COMPARE_OP);
        goto op_COMPARE_OP;
      }
      bool r = compare_ints(static_cast<CompareOp>(oparg), a.as_small_int(), b.as_small_int());
      sp -= 2;
      bytecode::Instr jump = *ip++;
      if (r == (bytecode::instr_op(jump) == Op::POP_JUMP_IF_TRUE)) ip = code_start + bytecode::instr_arg(jump);
      DISPATCH();
    }
    op_FOR_ITER_RANGE: {
      Value it = TOP();
      if (__builtin_expect(rt::type_of(it) != &rt::types::range_iter, 0)) {
        quicken(ip, Op::FOR_ITER);
        goto op_FOR_ITER;
      }
      auto* r = it.as<rt::RangeIter>();
      if (r->step > 0 ? r->next < r->stop : r->next > r->stop) {
        int64_t v = r->next;
        r->next += r->step;
        PUSH(rt::make_int(v));
        DISPATCH();
      }
      --sp;
      ip = code_start + oparg;
      DISPATCH();
    }
    op_FOR_ITER_RANGE_STORE: {
      Value it = TOP();
      if (__builtin_expect(rt::type_of(it) != &rt::types::range_iter, 0)) {
        quicken(ip, Op::FOR_ITER);
        goto op_FOR_ITER;
      }
      auto* r = it.as<rt::RangeIter>();
      if (r->step > 0 ? r->next < r->stop : r->next > r->stop) {
        int64_t v = r->next;
        r->next += r->step;
        locals[bytecode::instr_arg(*ip++)] = rt::make_int(v);
        DISPATCH();
      }
      --sp;
      ip = code_start + oparg;
      DISPATCH();
    }
    op_FOR_ITER_LIST: {
      Value it = TOP();
      if (__builtin_expect(rt::type_of(it) != &rt::types::list_iter, 0)) {
        quicken(ip, Op::FOR_ITER);
        goto op_FOR_ITER;
      }
      auto* s = it.as<rt::SeqIter>();
      const auto& items = s->seq.as<rt::List>()->items;
      if (s->pos < static_cast<int64_t>(items.size())) {
        PUSH(items[s->pos++]);
        DISPATCH();
      }
      --sp;
      ip = code_start + oparg;
      DISPATCH();
    }
    } catch (rt::PyError& err) {
      pending = err.exc;
    } catch (const std::bad_alloc&) {
      // Out of memory in native code becomes a Python MemoryError.
      pending = Value::object(rt::new_exception_args(&rt::exc::MemoryError, {}));
    }
    // Unwind: find a handler in this frame or an outer one (up to `entry`).
    Value exc = pending;
    auto* e = exc.is_object() && exc.as_object()->type->is_exception ? exc.as<rt::ExceptionObj>() : nullptr;
    frame->ip = ip;
    if (e && !reraising_) {
      if (!handled_exc_.is_none() && handled_exc_ != exc && e->context.is_none()) e->context = handled_exc_;
      e->traceback.push_back({code, frame->current_instr(), frame_object(static_cast<int>(frame - frames_))});
    }
    reraising_ = false;
    for (;;) {
      uint32_t instr = frame->current_instr();
      const bytecode::ExceptionEntry* h = find_handler(code, instr);
      if (h) {
        sp = frame->stack_base() + h->depth;
        if (h->push_lasti) PUSH(Value::small_int(instr));
        PUSH(exc);
        ip = code_start + h->target;
        break;
      }
      bool was_entry = frame->flags & Frame::kReturnsToNative;
      frame->sp = frame->locals;
      --depth_;
      if (frame->flags & Frame::kHasFrameObject) frame_ended(frame);
      if (was_entry) {
        // The exception leaves this activation; the next outer frame's
        // activation adds its own traceback entry (no re-adding here).
        throw rt::PyError{exc};
      }
      frame = &frames_[depth_ - 1];
      LOAD_FRAME();
      if (e) e->traceback.push_back({code, frame->current_instr(), frame_object(depth_ - 1)});
    }
  }
#undef DISPATCH
#undef PUSH
#undef POP
#undef TOP
#undef SAVE
#undef LOAD_FRAME
#undef SAFE_POINT
}

}  // namespace vm
