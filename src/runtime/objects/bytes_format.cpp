// printf-style formatting of bytes and bytearray, `b'%d %s' % (1, b'x')`, as
// CPython 3.11's _PyBytes_FormatEx (Objects/bytesobject.c, PEP 461). The shared
// engine in percent_format.cpp walks the format and the arguments and formats
// the numbers; this file supplies what differs from str: %s/%b take a buffer
// or __bytes__, %a/%r give ascii(x), %c a byte, and %(key) looks up bytes keys.
#include <string>
#include <string_view>

#include "runtime/format.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

namespace {

// format_obj: the bytes %s/%b insert. bytes and bytearray (subclasses too) as
// they are, then __bytes__, then any other buffer (a memoryview, copied so a
// strided view works too).
std::string format_obj(Value v) {
  if (is_bytes(v) || is_bytearray(v)) return v.as<Bytes>()->data;
  Value f = lookup_special(v, intern("__bytes__"));
  if (!f.is_null()) {
    Value r = call(f, nullptr, 0);
    if (!is_bytes(r)) raise(&exc::TypeError, "__bytes__ returned non-bytes (type " + type_name(r) + ")");
    return r.as<Bytes>()->data;
  }
  if (auto b = buffer_copy(v)) return std::move(*b);
  raise(&exc::TypeError,
        "%b requires a bytes-like object, or an object that implements __bytes__, not '" + type_name(v) + "'");
}

// byte_converter: %c of a length-1 bytes/bytearray or an int in range(256)
// (PyLong_AsLongAndOverflow, so __index__ is honoured; its TypeError becomes
// %c's own message, any other error passes through).
char byte_converter(Value v) {
  if ((is_bytes(v) || is_bytearray(v)) && v.as<Bytes>()->data.size() == 1) return v.as<Bytes>()->data[0];
  Value i;
  try {
    i = as_index(v);
  } catch (PyError& e) {
    if (isinstance(e.exc, &exc::TypeError))
      raise(&exc::TypeError, "%c requires an integer in range(256) or a single byte");
    throw;
  }
  auto x = int_as_int64(i);
  if (!x || *x < 0 || *x > 255) raise(&exc::OverflowError, "%c arg not in range(256)");
  return static_cast<char>(*x);
}

bool bytes_conversion(std::string& out, uint32_t conv, Value v, int flags, int64_t width, int64_t prec) {
  std::string body;
  switch (conv) {
    case 'r':  // %r is kept for 2/3 code; it is %a
    case 'a':
      // ascii(x) is pure ASCII, so its UTF-8 text is already the bytes.
      body = ascii_escape(repr(v).as<Str>()->data);
      break;
    case 's':  // %s is kept for 2/3 code; it is %b
    case 'b':
      body = format_obj(v);
      break;
    case 'c':
      body.assign(1, byte_converter(v));
      percent_output(out, body, 'c', flags, width, prec, false, false);
      return true;
    default:
      return false;
  }
  // The precision truncates %s %b %a %r alike (percent_output only knows s r a).
  if (prec >= 0 && static_cast<int64_t>(body.size()) > prec) body.resize(static_cast<size_t>(prec));
  percent_output(out, body, 's', flags, width, prec, false, false);
  return true;
}

Value bytes_key(std::string_view key) { return bytes_value(std::string(key)); }

const PercentHooks kBytesHooks{false, bytes_key, bytes_conversion};

}  // namespace

Value bytes_percent_format(Value fmt, Value args) {
  // _PyBytes_FormatEx takes args as a mapping (for %(key)s, and with unused
  // arguments allowed) when it supports subscription and is not a tuple,
  // bytes, bytearray or str: b'abc' % [] is b'abc', b'abc' % b'x' an error.
  bool mapping = !isinstance(args, &types::tuple) && !is_bytes(args) && !is_bytearray(args) &&
                 !isinstance(args, &types::str) && percent_mapping_check(args);
  // A bytearray format is copied first: a conversion may run code that resizes it.
  std::string copy;
  std::string_view f = fmt.as<Bytes>()->data;
  if (is_bytearray(fmt)) {
    copy = f;
    f = copy;
  }
  std::string out = percent_format(f, args, mapping, kBytesHooks);
  return is_bytearray(fmt) ? bytearray_value(std::move(out)) : bytes_value(std::move(out));
}

}  // namespace rt
