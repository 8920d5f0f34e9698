// The one-word tagged value (NaN-boxing). Doubles are stored as themselves;
// every other value lives in the negative quiet-NaN space, which real doubles
// never use because NaNs are canonicalised on boxing. Small ints (48-bit) and
// floats therefore never allocate; everything else is a pointer to a heap Object.
#pragma once

// GCC 12 reports bogus -Wrestrict / -Wmaybe-uninitialized warnings inside
// libstdc++'s inlined std::string concatenation at -O3 (GCC bug 105329);
// the runtime builds error messages that way everywhere.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ == 12
#pragma GCC diagnostic ignored "-Wrestrict"
#endif

#include <cstdint>
#include <cstring>

namespace rt {

struct Object;

class Value {
 public:
  static constexpr uint64_t kTagMask = 0xFFFFull << 48;
  static constexpr uint64_t kIntTag = 0xFFF9ull << 48;
  static constexpr uint64_t kPtrTag = 0xFFFAull << 48;
  static constexpr uint64_t kSpecialTag = 0xFFFBull << 48;
  static constexpr uint64_t kPayload = (1ull << 48) - 1;
  static constexpr uint64_t kCanonicalNaN = 0x7FF8000000000000ull;

  static constexpr uint64_t kNullBits = kSpecialTag | 0;  // unbound local / "no value"
  static constexpr uint64_t kNoneBits = kSpecialTag | 1;
  static constexpr uint64_t kFalseBits = kSpecialTag | 2;
  static constexpr uint64_t kTrueBits = kSpecialTag | 3;

  static constexpr int64_t kSmallMax = (1ll << 47) - 1;
  static constexpr int64_t kSmallMin = -(1ll << 47);

  uint64_t bits = kNullBits;

  constexpr Value() = default;
  static constexpr Value from_bits(uint64_t b) { Value v; v.bits = b; return v; }
  static constexpr Value null() { return from_bits(kNullBits); }
  static constexpr Value none() { return from_bits(kNoneBits); }
  static constexpr Value boolean(bool b) { return from_bits(b ? kTrueBits : kFalseBits); }
  // Only for ints known to fit (fits_small); use rt::make_int otherwise.
  static constexpr Value small_int(int64_t i) {
    return from_bits(kIntTag | (static_cast<uint64_t>(i) & kPayload));
  }
  static Value from_double(double d) {
    Value v;
    if (d != d) { v.bits = kCanonicalNaN; return v; }
    std::memcpy(&v.bits, &d, sizeof d);
    return v;
  }
  static Value object(const Object* o) {
    return from_bits(kPtrTag | reinterpret_cast<uint64_t>(o));
  }

  static constexpr bool fits_small(int64_t i) { return i >= kSmallMin && i <= kSmallMax; }

  constexpr bool is_null() const { return bits == kNullBits; }
  constexpr bool is_none() const { return bits == kNoneBits; }
  constexpr bool is_bool() const { return (bits & ~1ull) == kFalseBits; }
  constexpr bool is_true() const { return bits == kTrueBits; }
  constexpr bool is_small_int() const { return (bits & kTagMask) == kIntTag; }
  constexpr bool is_float() const { return bits < kIntTag; }
  constexpr bool is_object() const { return (bits & kTagMask) == kPtrTag; }

  constexpr int64_t as_small_int() const { return static_cast<int64_t>(bits << 16) >> 16; }
  double as_float() const { double d; std::memcpy(&d, &bits, sizeof d); return d; }
  Object* as_object() const { return reinterpret_cast<Object*>(bits & kPayload); }
  template <class T> T* as() const { return static_cast<T*>(as_object()); }

  constexpr bool operator==(const Value& o) const { return bits == o.bits; }  // identity
  constexpr bool operator!=(const Value& o) const { return bits != o.bits; }
};

inline bool both_small_ints(Value a, Value b) { return a.is_small_int() && b.is_small_int(); }

}  // namespace rt
