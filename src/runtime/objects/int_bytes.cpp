// int.to_bytes and int.from_bytes (CPython's int_to_bytes_impl /
// int_from_bytes_impl, with 3.11's defaults length=1, byteorder='big').
#include <gmp.h>

#include "runtime/args.h"
#include "runtime/methods_util.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/int.h"
#include "runtime/objects/type.h"

namespace rt {

namespace {

bool little_endian(Value order, const char* fn) {
  if (!isinstance(order, &types::str))
    raise(&exc::TypeError, std::string(fn) + "() argument 'byteorder' must be str, not " + clinic_type_name(order));
  const std::string& s = order.as<Str>()->data;
  if (s == "little") return true;
  if (s == "big") return false;
  raise(&exc::ValueError, "byteorder must be either 'little' or 'big'");
}

Value m_to_bytes(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("to_bytes($self, /, length=1, byteorder='big', *, signed=False)");
  auto [length_v, order, signed_v] = sig.bind<3>(self, args, nargs, kw);
  int64_t length = index_value(length_v, "to_bytes");
  bool little = little_endian(order, "to_bytes");
  bool is_signed = truthy(signed_v);
  if (length < 0) raise(&exc::ValueError, "length argument must be non-negative");
  mpz_t z, limit;
  mpz_init(z);
  mpz_init(limit);
  int_to_mpz(self, z);
  bool negative = mpz_sgn(z) < 0;
  if (negative && !is_signed) {
    mpz_clear(z);
    mpz_clear(limit);
    raise(&exc::OverflowError, "can't convert negative int to unsigned");
  }
  // The value must fit in 8*length bits (one fewer for the magnitude when signed).
  uint64_t bits = static_cast<uint64_t>(length) * 8;
  bool fits;
  if (!is_signed) {
    fits = mpz_sizeinbase(z, 2) <= bits || mpz_sgn(z) == 0;
  } else if (bits == 0) {
    fits = mpz_sgn(z) == 0;
  } else {
    mpz_ui_pow_ui(limit, 2, bits - 1);
    fits = negative ? mpz_cmpabs(z, limit) <= 0 : mpz_cmp(z, limit) < 0;
  }
  if (!fits) {
    mpz_clear(z);
    mpz_clear(limit);
    raise(&exc::OverflowError, "int too big to convert");
  }
  if (negative) {
    mpz_ui_pow_ui(limit, 2, bits);
    mpz_add(z, z, limit);  // two's complement
  }
  std::string out(static_cast<size_t>(length), '\0');
  size_t count = 0;
  std::string tmp((mpz_sizeinbase(z, 2) + 7) / 8 + 1, '\0');
  mpz_export(tmp.data(), &count, 1, 1, 1, 0, z);
  for (size_t i = 0; i < count; ++i) out[static_cast<size_t>(length) - count + i] = tmp[i];
  mpz_clear(z);
  mpz_clear(limit);
  if (little) std::reverse(out.begin(), out.end());
  return bytes_value(std::move(out));
}

Value c_from_bytes(Value cls, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("from_bytes($type, /, bytes, byteorder='big', *, signed=False)");
  auto [source, order, signed_v] = sig.bind<3>(cls, args, nargs, kw);
  bool little = little_endian(order, "from_bytes");
  std::string data;
  Value f = lookup_special(source, intern("__bytes__"));
  if (!f.is_null()) {
    Value r = call(f, nullptr, 0);
    if (!is_bytes(r)) raise(&exc::TypeError, "__bytes__ returned non-bytes (type " + type_name(r) + ")");
    data = r.as<Bytes>()->data;
  } else if (auto b = buffer_copy(source)) {
    data = std::move(*b);
  } else if (is_int(source) || isinstance(source, &types::str)) {
    raise(&exc::TypeError, "cannot convert '" + type_name(source) + "' object to bytes");
  } else {
    data = bytes_from_object(source, "bytes");
  }
  if (little) std::reverse(data.begin(), data.end());
  mpz_t z;
  mpz_init(z);
  if (!data.empty()) mpz_import(z, data.size(), 1, 1, 1, 0, data.data());
  if (truthy(signed_v) && !data.empty() && (static_cast<unsigned char>(data[0]) & 0x80)) {
    mpz_t limit;
    mpz_init(limit);
    mpz_ui_pow_ui(limit, 2, data.size() * 8);
    mpz_sub(z, z, limit);
    mpz_clear(limit);
  }
  Value r = make_int_mpz(z);
  mpz_clear(z);
  if (cls.as<Type>() != &types::int_) return call(cls, &r, 1);
  return r;
}

}  // namespace

Value int_from_buffer(std::string_view data, int base) {
  std::string text(data);
  auto r = int_from_string(text, base);
  if (!r)
    raise(&exc::ValueError, "invalid literal for int() with base " + std::to_string(base) + ": " + bytes_repr(text));
  return *r;
}

void install_int_bytes_methods() {
  static const MethodEntry methods[] = {{"to_bytes", m_to_bytes}};
  install_methods(&types::int_, std::begin(methods), std::end(methods));
  Builtin* from_bytes = heap().make<Builtin>("from_bytes", c_from_bytes);
  from_bytes->method_of = &types::int_;
  types::int_.dict->set_str(intern("from_bytes"), Value::object(new_classmethod(Value::object(from_bytes))));
}

}  // namespace rt
