// bytes and bytearray share one C++ layout (a std::string of raw bytes); the
// type tells them apart. memoryview exposes either as a typed, sliceable view.
// The helpers here let any native code accept "bytes-like objects" (CPython's
// buffer protocol, reduced to the three buffer types pyvm has).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/object.h"

namespace rt {

namespace types {
extern Type bytes, bytearray, memoryview, bytes_iter, bytearray_iter, memory_iter;
}

struct Bytes : Object {
  std::string data;
  mutable int64_t hash_cache = -1;  // bytes only
  int64_t exports = 0;              // bytearray: live memoryviews (resizing is refused)
  int64_t alloc = 0;                // bytearray: CPython's allocation size (__alloc__)
  Bytes(Type* t, std::string d) : Object(t), data(std::move(d)) {}
};

// A view of a Bytes buffer: `shape`/`strides` in items/bytes from `offset`.
struct MemoryView : Object {
  Value obj;             // the exporter as given (bytes, bytearray or their subclass)
  Bytes* base;           // the storage
  int64_t offset = 0;    // bytes
  int64_t itemsize = 1;
  std::string format = "B";
  std::vector<int64_t> shape, strides;
  bool readonly = true;
  bool released = false;
  MemoryView(Bytes* b, Value o);
  void trace(Tracer& t) override;
  int64_t nbytes() const;
  bool contiguous() const;
};

Value bytes_value(std::string data);
Value bytearray_value(std::string data);
bool is_bytes(Value v);      // bytes or a subclass
bool is_bytearray(Value v);  // bytearray or a subclass
// bytes, bytearray or memoryview: the bytes they expose (CPython's PyBUF_SIMPLE
// request: a view that is not C-contiguous raises BufferError, a released one
// ValueError); nullopt for other objects.
std::optional<std::string_view> buffer_view(Value v);
// The same, but nullopt where CPython's getbuffer fails (released or
// non-contiguous views), for callers that then raise their own TypeError.
std::optional<std::string_view> simple_buffer(Value v);
// A copy of any buffer's bytes, non-contiguous views included (bytes(x), ==).
std::optional<std::string> buffer_copy(Value v);
// The same, raising CPython's TypeError for anything else:
// "a bytes-like object is required, not 'str'".
std::string_view buffer_arg(Value v);
// b'...' as CPython prints it (quote choice, \x escapes).
std::string bytes_repr(std::string_view data);
// bytes(x) for the constructor forms shared with bytearray(): int, buffer,
// iterable of ints, str with encoding; `who` names the type in messages.
std::string bytes_from_object(Value x, const char* who);
// Raises the "Existing exports of data: object cannot be re-sized" BufferError
// when a bytearray with live views is about to change size.
void check_resizable(const Bytes* b);

// int(b'12') / int(b'ff', 16): the bytes parsed as an int literal (int_bytes.cpp).
Value int_from_buffer(std::string_view data, int base);
// How Argument Clinic names a wrong argument's type: "None" for None.
std::string clinic_type_name(Value v);

// The methods bytes and bytearray share (bytes_methods.cpp), installed on t.
void install_bytes_methods(Type* t);
void install_bytes_types();  // bytes.cpp: bytes, bytearray, memoryview, codecs (before type_ready)
void install_bytearray_type();                 // bytearray.cpp
void install_memoryview_type();                // memoryview.cpp
void install_int_bytes_methods();              // int_bytes.cpp
void install_unicode_errors();                 // unicode_error.cpp
void install_codec_methods();                  // codecs.cpp: str.encode
// Shared by bytes.cpp and bytearray.cpp.
Value bytes_getitem_impl(Value obj, Value key, bool array);
Value bytes_iter_of(Value v, Type* iter_type);
Value bytes_binary(bytecode::BinaryOp op, Value a, Value b);
// `fmt % args` for a bytes or bytearray fmt (bytes_format.cpp); the result has fmt's kind.
Value bytes_percent_format(Value fmt, Value args);
Value bytearray_richcompare(bytecode::CompareOp op, Value a, Value b);
int bytes_contains(Value container, Value item);
std::string hex_string(std::string_view data, Value sep, Value bytes_per_sep);  // bytes_methods.cpp

}  // namespace rt
