// The built-in types and the generic operations the VM performs on values
// (CPython's abstract object layer).
#pragma once

#include <initializer_list>
#include <string>

#include "bytecode/opcodes.h"
#include "runtime/object.h"

namespace rt {

namespace types {
extern Type object, type, int_, bool_, float_, str, list, tuple, dict, none, range, slice,
    function, builtin, module, cell, code, list_iter, tuple_iter, str_iter, range_iter,
    dict_keyiter, longrange_iter, not_implemented, ellipsis, dict_keys, dict_values, dict_items,
    dict_valueiter, dict_itemiter, set, frozenset, set_iter, text_file, mappingproxy, generic_alias,
    method_descr;
}
// Native functions: builtin_function_or_method, and the unbound methods in
// builtin types' dicts (method_descriptor); both are Builtin objects.
inline bool is_builtin_type(const Type* t) { return t == &types::builtin || t == &types::method_descr; }

// The singleton values that are heap-shaped (NotImplemented, Ellipsis).
Value not_implemented();
Value ellipsis();

inline Type* type_of(Value v) {
  if (v.is_object()) return v.as_object()->type;
  if (v.is_small_int()) return &types::int_;
  if (v.is_float()) return &types::float_;
  if (v.is_bool()) return &types::bool_;
  return &types::none;
}
inline Value type_value(const Type* t) { return Value::object(t); }
inline bool is_type(Value v, const Type* t) { return type_of(v) == t; }
bool isinstance(Value v, const Type* t);
// isinstance(obj, cls) / issubclass(derived, cls) as the builtins: tuples of
// classes, __instancecheck__ / __subclasscheck__ (builtins_objects.cpp).
bool object_isinstance(Value obj, Value cls);
bool object_issubclass(Value derived, Value cls);
bool is_callable(Value obj);  // callable(obj)
// iter(callable, sentinel) (callable_iterator.cpp).
Value new_callable_iterator(Value callable, Value sentinel);
void install_callable_iterator();
// PySequence_Check: v supports indexing and is not a mapping (dict, mappingproxy).
bool is_sequence(Value v);
const std::string& type_name(Value v);
// "0x7f..." as CPython's default reprs show an object's address.
std::string address_string(Value v);

Value repr(Value v);  // a str
Value to_str(Value v);
std::string repr_string(Value v);
std::string str_string(Value v);
bool truthy(Value v);
int64_t hash(Value v);  // TypeError "unhashable type: 'list'"
int64_t length(Value v);
bool equal(Value a, Value b);
Value compare(bytecode::CompareOp op, Value a, Value b);
Value binary_op(bytecode::BinaryOp op, Value a, Value b);
// The builtin types' own operation (no special methods); null when the types
// are not supported and `raise_errors` is false.
Value binary_op_native(bytecode::BinaryOp op, Value a, Value b, bool raise_errors);
Value compare_native(bytecode::CompareOp op, Value a, Value b);  // null: NotImplemented
[[noreturn]] void raise_unsupported_operands(bytecode::BinaryOp op, Value a, Value b);
// The special-method protocols when a Python class is involved (dunder_ops.cpp):
// reflected operands in CPython's order, NotImplemented falling back.
Value dunder_binary_op(bytecode::BinaryOp op, Value a, Value b);
Value rich_compare(bytecode::CompareOp op, Value a, Value b);
Value dunder_unary(Str* name, const char* symbol, Value v);
// The same protocol for an operation that is a builtin function (divmod).
Value dunder_binary_named(Value a, Value b, const char* op, const char* rop, const char* symbol);
// An iterator over v[0], v[1], ... until IndexError (the old __getitem__ protocol).
Value new_sequence_iterator(Value v);
// Operator wrappers (__add__, __lt__, ...) in the numeric and sequence builtins' dicts.
void install_operator_wrappers();
// The builtin type whose C++ layout v has (a Python subclass's solid base).
Type* native_type(Value v);
// The operator slots of builtin types (Type::binary/richcompare/unary), the
// operands' native types asked in CPython's order; null when none answers.
Value slot_binary(bytecode::BinaryOp op, Value a, Value b);
Value slot_compare(bytecode::CompareOp op, Value a, Value b);
Value slot_unary(Type::Unary op, Value v);
// Exposes a builtin type's operator slots as special methods in its dict:
// `names` lists the ones CPython's type has ("__add__", "__rmul__", "__neg__",
// "__abs__", ...); a richcompare slot brings the six comparisons.
void add_slot_wrappers(Type* t, std::initializer_list<const char*> names);
Value unary_negative(Value v);
Value unary_positive(Value v);
Value unary_invert(Value v);
bool contains(Value container, Value item);
bool contains_native(Value container, Value item);  // no __contains__ lookup
Value getitem(Value obj, Value key);
void setitem(Value obj, Value key, Value value);
void delitem(Value obj, Value key);
Value getattr(Value obj, Str* name);  // AttributeError if missing
Value iter(Value v);                  // TypeError "'int' object is not iterable"
Value next(Value iterator);           // null when exhausted
Value call(Value callable, Value* args, size_t nargs, Tuple* kwnames = nullptr);
// format(value, spec), the f-string {x:spec} operation.
Value format(Value v, Value spec);
std::string format_float_repr(double d);
// Python index for sequences (int or bool), with CPython's TypeError message.
int64_t index_value(Value v, const char* what);
// operator.index(v): an int, or the int a class's __index__ returns; TypeError otherwise.
Value as_index(Value v);

// Registered by the VM: calling a Python function from native code.
using CallHook = Value (*)(Value callable, Value* args, size_t nargs, Tuple* kwnames);
void set_python_call_hook(CallHook hook);

}  // namespace rt
