// Built-in codecs and error handlers (see codecs.h). Encoders walk the str's
// code points; decoders walk bytes; both report each problem as a range
// [start, end) with CPython's reason text, and the error handler decides what
// replaces it (or raises the UnicodeError CPython would).
#include "runtime/codecs.h"

#include <cctype>

#include "runtime/args.h"
#include "runtime/methods_util.h"
#include "runtime/objects/bytes.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"

namespace rt {

namespace {

enum class Codec { Utf8, Utf16, Utf16LE, Utf16BE, Utf32, Utf32LE, Utf32BE, Latin1, Ascii, Cp1252 };

// encodings.normalize_encoding + the codec aliases CPython ships for these codecs.
std::string normalize(std::string_view name) {
  std::string out;
  bool punct = false;
  for (char c : name) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '.') {
      if (punct && !out.empty()) out += '_';
      out += static_cast<char>(std::tolower(u));
      punct = false;
    } else {
      punct = true;
    }
  }
  return out;
}

bool find_codec(std::string_view name, Codec& out) {
  struct Alias {
    const char* name;
    Codec codec;
  };
  static const Alias kAliases[] = {
      {"utf_8", Codec::Utf8}, {"utf8", Codec::Utf8}, {"u8", Codec::Utf8}, {"utf", Codec::Utf8},
      {"utf8_ucs2", Codec::Utf8}, {"utf8_ucs4", Codec::Utf8}, {"cp65001", Codec::Utf8},
      {"utf_16", Codec::Utf16}, {"utf16", Codec::Utf16}, {"u16", Codec::Utf16},
      {"utf_16_le", Codec::Utf16LE}, {"utf_16le", Codec::Utf16LE}, {"unicodelittleunmarked", Codec::Utf16LE},
      {"utf_16_be", Codec::Utf16BE}, {"utf_16be", Codec::Utf16BE}, {"unicodebigunmarked", Codec::Utf16BE},
      {"utf_32", Codec::Utf32}, {"utf32", Codec::Utf32}, {"u32", Codec::Utf32},
      {"utf_32_le", Codec::Utf32LE}, {"utf_32le", Codec::Utf32LE},
      {"utf_32_be", Codec::Utf32BE}, {"utf_32be", Codec::Utf32BE},
      {"latin_1", Codec::Latin1}, {"latin1", Codec::Latin1}, {"iso_8859_1", Codec::Latin1},
      {"iso8859_1", Codec::Latin1}, {"8859", Codec::Latin1}, {"cp819", Codec::Latin1}, {"l1", Codec::Latin1},
      {"latin", Codec::Latin1}, {"iso_ir_100", Codec::Latin1}, {"csisolatin1", Codec::Latin1},
      {"ibm819", Codec::Latin1}, {"iso_8859_1_1987", Codec::Latin1},
      {"ascii", Codec::Ascii}, {"us_ascii", Codec::Ascii}, {"646", Codec::Ascii},
      {"ansi_x3.4_1968", Codec::Ascii}, {"ansi_x3_4_1968", Codec::Ascii}, {"ansi_x3.4_1986", Codec::Ascii},
      {"cp367", Codec::Ascii}, {"csascii", Codec::Ascii}, {"ibm367", Codec::Ascii}, {"iso646_us", Codec::Ascii},
      {"iso_646.irv_1991", Codec::Ascii}, {"iso_ir_6", Codec::Ascii}, {"us", Codec::Ascii},
      {"cp1252", Codec::Cp1252}, {"windows_1252", Codec::Cp1252}, {"1252", Codec::Cp1252},
  };
  std::string n = normalize(name);
  for (const auto& a : kAliases)
    if (n == a.name) {
      out = a.codec;
      return true;
    }
  return false;
}

Codec lookup_codec(std::string_view name) {
  // The common spellings skip normalisation.
  if (name == "utf-8" || name == "utf8") return Codec::Utf8;
  Codec c;
  if (!find_codec(name, c)) raise(&exc::LookupError, "unknown encoding: " + std::string(name));
  return c;
}

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Utf16: return "utf-16";
    case Codec::Utf16LE: return "utf-16-le";
    case Codec::Utf16BE: return "utf-16-be";
    case Codec::Utf32: return "utf-32";
    case Codec::Utf32LE: return "utf-32-le";
    case Codec::Utf32BE: return "utf-32-be";
    case Codec::Latin1: return "latin-1";
    case Codec::Ascii: return "ascii";
    case Codec::Cp1252: return "charmap";
  }
  return "";
}

// cp1252's 0x80..0x9F (0 = undefined); the rest is latin-1.
const uint16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

int cp1252_encode(uint32_t cp) {
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<int>(cp);
  for (int i = 0; i < 32; ++i)
    if (kCp1252High[i] && kCp1252High[i] == cp) return 0x80 + i;
  return -1;
}

bool is_surrogate(uint32_t cp) { return cp >= 0xD800 && cp <= 0xDFFF; }

enum class Handler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, SurrogateEscape, SurrogatePass, NameReplace };

Handler lookup_handler(std::string_view errors) {
  if (errors == "strict") return Handler::Strict;
  if (errors == "ignore") return Handler::Ignore;
  if (errors == "replace") return Handler::Replace;
  if (errors == "backslashreplace") return Handler::BackslashReplace;
  if (errors == "xmlcharrefreplace") return Handler::XmlCharRefReplace;
  if (errors == "surrogateescape") return Handler::SurrogateEscape;
  if (errors == "surrogatepass") return Handler::SurrogatePass;
  if (errors == "namereplace") return Handler::NameReplace;
  raise(&exc::LookupError, "unknown error handler name '" + std::string(errors) + "'");
}

void put_unit16(std::string& out, uint32_t u, bool big) {
  if (big) {
    out += static_cast<char>(u >> 8);
    out += static_cast<char>(u & 0xFF);
  } else {
    out += static_cast<char>(u & 0xFF);
    out += static_cast<char>(u >> 8);
  }
}
void put_unit32(std::string& out, uint32_t u, bool big) {
  for (int k = 0; k < 4; ++k) out += static_cast<char>(u >> (big ? 24 - 8 * k : 8 * k));
}

// Appends cp in the codec (known to be encodable).
void put_cp(std::string& out, Codec c, uint32_t cp) {
  switch (c) {
    case Codec::Utf8: text::append_utf8(out, cp); break;
    case Codec::Utf16: case Codec::Utf16LE: case Codec::Utf16BE: {
      bool big = c == Codec::Utf16BE;
      if (cp >= 0x10000) {
        put_unit16(out, 0xD800 + ((cp - 0x10000) >> 10), big);
        put_unit16(out, 0xDC00 + ((cp - 0x10000) & 0x3FF), big);
      } else {
        put_unit16(out, cp, big);
      }
      break;
    }
    case Codec::Utf32: case Codec::Utf32LE: case Codec::Utf32BE: put_unit32(out, cp, c == Codec::Utf32BE); break;
    case Codec::Cp1252: out += static_cast<char>(cp1252_encode(cp)); break;
    default: out += static_cast<char>(cp); break;
  }
}

bool can_encode(Codec c, uint32_t cp) {
  switch (c) {
    case Codec::Ascii: return cp < 0x80;
    case Codec::Latin1: return cp < 0x100;
    case Codec::Cp1252: return cp1252_encode(cp) >= 0;
    default: return !is_surrogate(cp);
  }
}

const char* encode_reason(Codec c) {
  switch (c) {
    case Codec::Ascii: return "ordinal not in range(128)";
    case Codec::Latin1: return "ordinal not in range(256)";
    case Codec::Cp1252: return "character maps to <undefined>";
    default: return "surrogates not allowed";
  }
}

[[noreturn]] void raise_encode(Codec c, const Str* s, int64_t start, int64_t end, const char* reason) {
  Value e = new_unicode_error(&exc::UnicodeEncodeError,
                              {str_value(codec_name(c)), Value::object(s), make_int(start), make_int(end),
                               str_value(reason)});
  raise_value(e);
}

void append_hex(std::string& out, const char* prefix, uint32_t v, int digits) {
  static const char* hex = "0123456789abcdef";
  out += prefix;
  for (int k = digits - 1; k >= 0; --k) out += hex[(v >> (4 * k)) & 15];
}

}  // namespace

std::string encode_text(const Str* s, std::string_view encoding, std::string_view errors) {
  Codec c = lookup_codec(encoding);
  const std::string& d = s->data;
  std::string out;
  out.reserve(d.size());
  if (c == Codec::Utf16) put_unit16(out, 0xFEFF, false);
  if (c == Codec::Utf32) put_unit32(out, 0xFEFF, false);
  // The ASCII text most programs encode: the bytes are the answer.
  if (s->ascii && (c == Codec::Utf8 || c == Codec::Ascii || c == Codec::Latin1 || c == Codec::Cp1252)) return d;
  // UTF-8 text without lone surrogates (WTF-8's ED A0..BF) is its own encoding.
  if (c == Codec::Utf8) {
    bool surrogate = false;
    for (size_t i = 0; i + 1 < d.size() && !surrogate; ++i)
      surrogate = static_cast<unsigned char>(d[i]) == 0xED && static_cast<unsigned char>(d[i + 1]) >= 0xA0;
    if (!surrogate) return d;
  }
  std::vector<uint32_t> cps;
  cps.reserve(static_cast<size_t>(s->length));
  for (size_t i = 0; i < d.size();) cps.push_back(text::next_code_point_unchecked(d, i));
  auto n = static_cast<int64_t>(cps.size());
  bool wide = c != Codec::Ascii && c != Codec::Latin1 && c != Codec::Cp1252;
  bool handler_known = false;
  Handler h = Handler::Strict;
  for (int64_t i = 0; i < n;) {
    uint32_t cp = cps[i];
    if (can_encode(c, cp)) {
      put_cp(out, c, cp);
      ++i;
      continue;
    }
    // A run of unencodable characters is one error (utf-16/32: one at a time).
    int64_t end = i + 1;
    if (c != Codec::Utf16 && c != Codec::Utf16LE && c != Codec::Utf16BE && c != Codec::Utf32 &&
        c != Codec::Utf32LE && c != Codec::Utf32BE)
      while (end < n && !can_encode(c, cps[end])) ++end;
    if (!handler_known) {
      h = lookup_handler(errors);
      handler_known = true;
    }
    const char* reason = encode_reason(c);
    switch (h) {
      case Handler::Strict: raise_encode(c, s, i, end, reason);
      case Handler::Ignore: break;
      case Handler::Replace:
        for (int64_t k = i; k < end; ++k) put_cp(out, c, '?');
        break;
      // namereplace: the runtime has no Unicode name table yet (front/unicode_names
      // is the compiler's), so it escapes as it does for unnamed characters.
      case Handler::NameReplace:
      case Handler::BackslashReplace:
        for (int64_t k = i; k < end; ++k) {
          std::string r;
          uint32_t v = cps[k];
          if (v < 0x100) append_hex(r, "\\x", v, 2);
          else if (v < 0x10000) append_hex(r, "\\u", v, 4);
          else append_hex(r, "\\U", v, 8);
          for (char ch : r) put_cp(out, c, static_cast<unsigned char>(ch));
        }
        break;
      case Handler::XmlCharRefReplace:
        for (int64_t k = i; k < end; ++k)
          for (char ch : "&#" + std::to_string(cps[k]) + ";") put_cp(out, c, static_cast<unsigned char>(ch));
        break;
      case Handler::SurrogateEscape:
        for (int64_t k = i; k < end; ++k) {
          if (cps[k] < 0xDC80 || cps[k] > 0xDCFF) raise_encode(c, s, k, end, reason);
          out += static_cast<char>(cps[k] & 0xFF);
        }
        break;
      case Handler::SurrogatePass:
        for (int64_t k = i; k < end; ++k) {
          if (!wide || !is_surrogate(cps[k])) raise_encode(c, s, k, end, reason);
          put_cp(out, c, cps[k]);
        }
        break;
    }
    i = end;
  }
  return out;
}

namespace {

struct DecodeError {
  int64_t start, end;
  const char* reason;
};

// Decodes data with codec c, calling `on_error` for each malformed range; the
// handler appends its replacement and returns where decoding resumes.
class Decoder {
 public:
  Decoder(std::string_view d, Codec c, std::string_view errors, Value obj)
      : data_(d), codec_(c), errors_(errors), obj_(obj) {}

  Value run() {
    switch (codec_) {
      case Codec::Utf8: utf8(); break;
      case Codec::Latin1:
        for (char ch : data_) text::append_utf8(out_, static_cast<unsigned char>(ch));
        break;
      case Codec::Ascii:
        for (size_t i = 0; i < data_.size();) {
          auto u = static_cast<unsigned char>(data_[i]);
          if (u < 0x80) {
            out_ += static_cast<char>(u);
            ++i;
          } else {
            i = static_cast<size_t>(error({static_cast<int64_t>(i), static_cast<int64_t>(i) + 1, "ordinal not in range(128)"}));
          }
        }
        break;
      case Codec::Cp1252:
        for (size_t i = 0; i < data_.size();) {
          auto u = static_cast<unsigned char>(data_[i]);
          uint32_t cp = u >= 0x80 && u < 0xA0 ? kCp1252High[u - 0x80] : u;
          if (cp == 0 && u != 0) {
            i = static_cast<size_t>(error({static_cast<int64_t>(i), static_cast<int64_t>(i) + 1, "character maps to <undefined>"}));
          } else {
            text::append_utf8(out_, cp);
            ++i;
          }
        }
        break;
      case Codec::Utf16: case Codec::Utf16LE: case Codec::Utf16BE: utf16(); break;
      default: utf32(); break;
    }
    return str_value(std::move(out_));
  }

 private:
  uint8_t at(size_t i) const { return static_cast<uint8_t>(data_[i]); }
  static bool cont(uint8_t b) { return (b & 0xC0) == 0x80; }

  // The error handler for one range; returns the resume position.
  int64_t error(DecodeError e) {
    if (!handler_known_) {
      handler_ = lookup_handler(errors_);
      handler_known_ = true;
    }
    switch (handler_) {
      case Handler::Strict: break;
      case Handler::Ignore: return e.end;
      case Handler::Replace: text::append_utf8(out_, 0xFFFD); return e.end;
      case Handler::BackslashReplace:
        for (int64_t k = e.start; k < e.end; ++k) append_hex(out_, "\\x", at(static_cast<size_t>(k)), 2);
        return e.end;
      case Handler::SurrogateEscape: {
        std::string rep;
        bool ok = true;
        for (int64_t k = e.start; k < e.end && ok; ++k) {
          if (at(static_cast<size_t>(k)) < 128) ok = false;
          else text::append_utf8(rep, 0xDC00 + at(static_cast<size_t>(k)));
        }
        if (!ok) break;
        out_ += rep;
        return e.end;
      }
      case Handler::SurrogatePass: {
        auto s = static_cast<size_t>(e.start);
        if (codec_ == Codec::Utf8 && s + 3 <= data_.size() && at(s) == 0xED && (at(s + 1) & 0xE0) == 0xA0 &&
            cont(at(s + 2))) {
          text::append_utf8(out_, 0xD000 + ((at(s + 1) & 0x3F) << 6) + (at(s + 2) & 0x3F));
          return e.start + 3;
        }
        int unit = codec_ == Codec::Utf8 ? 0 : (codec_ == Codec::Utf16 || codec_ == Codec::Utf16LE || codec_ == Codec::Utf16BE) ? 2 : 4;
        if (unit && s + unit <= data_.size()) {
          uint32_t v = 0;
          for (int k = 0; k < unit; ++k) {
            int shift = big_ ? 8 * (unit - 1 - k) : 8 * k;
            v |= static_cast<uint32_t>(at(s + k)) << shift;
          }
          if (is_surrogate(v)) {
            text::append_utf8(out_, v);
            return e.start + unit;
          }
        }
        break;
      }
      case Handler::NameReplace:
      case Handler::XmlCharRefReplace: raise(&exc::TypeError, "don't know how to handle UnicodeDecodeError in error callback");
    }
    Value err = new_unicode_error(&exc::UnicodeDecodeError,
                                  {str_value(name_ ? name_ : codec_name(codec_)), bytes_object(), make_int(e.start),
                                   make_int(e.end), str_value(e.reason)});
    raise_value(err);
  }

  Value bytes_object() {
    if (is_bytes(obj_)) return obj_;
    return bytes_value(std::string(data_));
  }

  void utf8() {
    size_t i = 0, n = data_.size();
    while (i < n) {
      uint8_t c = at(i);
      if (c < 0x80) {
        out_ += static_cast<char>(c);
        ++i;
        continue;
      }
      auto start = static_cast<int64_t>(i);
      int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      if (c < 0xC2 || c > 0xF4) {
        i = static_cast<size_t>(error({start, start + 1, "invalid start byte"}));
        continue;
      }
      // How many bytes form a valid prefix of the sequence (CPython's checks).
      int good = 1;
      bool bad = false;
      for (int k = 1; k < need; ++k) {
        if (i + k >= n) break;
        uint8_t b = at(i + k);
        bool ok = cont(b);
        if (ok && k == 1) {
          if (c == 0xE0 && b < 0xA0) ok = false;
          if (c == 0xED && b >= 0xA0) ok = false;
          if (c == 0xF0 && b < 0x90) ok = false;
          if (c == 0xF4 && b >= 0x90) ok = false;
        }
        if (!ok) {
          bad = true;
          break;
        }
        ++good;
      }
      if (bad) {
        i = static_cast<size_t>(error({start, start + good, "invalid continuation byte"}));
        continue;
      }
      if (good < need) {
        i = static_cast<size_t>(error({start, static_cast<int64_t>(n), "unexpected end of data"}));
        continue;
      }
      out_.append(data_.substr(i, static_cast<size_t>(need)));
      i += static_cast<size_t>(need);
    }
  }

  void utf16() {
    size_t i = 0, n = data_.size();
    big_ = codec_ == Codec::Utf16BE;
    if (codec_ == Codec::Utf16) {
      if (n >= 2 && at(0) == 0xFF && at(1) == 0xFE) i = 2;
      else if (n >= 2 && at(0) == 0xFE && at(1) == 0xFF) {
        i = 2;
        big_ = true;
      }
      name_ = big_ ? "utf-16-be" : "utf-16-le";
    }
    auto unit = [&](size_t p) -> uint32_t { return big_ ? (at(p) << 8) | at(p + 1) : at(p) | (at(p + 1) << 8); };
    while (i < n) {
      auto start = static_cast<int64_t>(i);
      if (i + 2 > n) {
        i = static_cast<size_t>(error({start, static_cast<int64_t>(n), "truncated data"}));
        continue;
      }
      uint32_t u = unit(i);
      if (u < 0xD800 || u > 0xDFFF) {
        text::append_utf8(out_, u);
        i += 2;
        continue;
      }
      if (u >= 0xDC00) {
        i = static_cast<size_t>(error({start, start + 2, "illegal encoding"}));
        continue;
      }
      if (i + 4 > n) {
        i = static_cast<size_t>(error({start, static_cast<int64_t>(n), "unexpected end of data"}));
        continue;
      }
      uint32_t u2 = unit(i + 2);
      if (u2 < 0xDC00 || u2 > 0xDFFF) {
        i = static_cast<size_t>(error({start, start + 2, "illegal UTF-16 surrogate"}));
        continue;
      }
      text::append_utf8(out_, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
      i += 4;
    }
  }

  void utf32() {
    size_t i = 0, n = data_.size();
    big_ = codec_ == Codec::Utf32BE;
    if (codec_ == Codec::Utf32) {
      if (n >= 4 && at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) i = 4;
      else if (n >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) {
        i = 4;
        big_ = true;
      }
      name_ = big_ ? "utf-32-be" : "utf-32-le";
    }
    while (i < n) {
      auto start = static_cast<int64_t>(i);
      if (i + 4 > n) {
        i = static_cast<size_t>(error({start, static_cast<int64_t>(n), "truncated data"}));
        continue;
      }
      uint32_t u = 0;
      for (int k = 0; k < 4; ++k) u |= static_cast<uint32_t>(at(i + k)) << (big_ ? 24 - 8 * k : 8 * k);
      if (u > 0x10FFFF) {
        i = static_cast<size_t>(error({start, start + 4, "code point not in range(0x110000)"}));
        continue;
      }
      if (is_surrogate(u)) {
        i = static_cast<size_t>(error({start, start + 4, "code point in surrogate code point range(0xd800, 0xe000)"}));
        continue;
      }
      text::append_utf8(out_, u);
      i += 4;
    }
  }

  std::string_view data_;
  Codec codec_;
  std::string_view errors_;
  Value obj_;
  std::string out_;
  const char* name_ = nullptr;
  bool big_ = false;
  bool handler_known_ = false;
  Handler handler_ = Handler::Strict;
};

}  // namespace

Value decode_bytes(std::string_view data, std::string_view encoding, std::string_view errors) {
  Codec c = lookup_codec(encoding);
  if (c == Codec::Utf8 || c == Codec::Ascii) {
    bool ascii = true;
    for (char ch : data)
      if (static_cast<unsigned char>(ch) >= 0x80) {
        ascii = false;
        break;
      }
    if (ascii) return str_value(std::string(data));
  }
  return Decoder(data, c, errors, Value::null()).run();
}

Value str_construct_decoding(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature sig("str(object=<unrepresentable>, encoding=<unrepresentable>, errors=<unrepresentable>)");
  auto [obj, enc, err] = sig.bind<3>(self, args, nargs, kwnames);
  if (!enc.is_null() && !isinstance(enc, &types::str))
    raise(&exc::TypeError, "str() argument 'encoding' must be str, not " + clinic_type_name(enc));
  if (!err.is_null() && !isinstance(err, &types::str))
    raise(&exc::TypeError, "str() argument 'errors' must be str, not " + clinic_type_name(err));
  if (obj.is_null()) return Value::object(intern(""));
  if (enc.is_null() && err.is_null()) return to_str(obj);
  auto b = simple_buffer(obj);
  if (!b) {
    if (isinstance(obj, &types::str)) raise(&exc::TypeError, "decoding str is not supported");
    raise(&exc::TypeError, "decoding to str: need a bytes-like object, " + type_name(obj) + " found");
  }
  std::string data(*b);
  return decode_bytes(data, enc.is_null() ? "utf-8" : std::string_view(enc.as<Str>()->data),
                      err.is_null() ? "strict" : std::string_view(err.as<Str>()->data));
}

namespace {

Value s_encode(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("encode($self, /, encoding='utf-8', errors='strict')");
  auto [enc, err] = sig.bind<2>(self, args, nargs, kw);
  if (!isinstance(enc, &types::str))
    raise(&exc::TypeError, "encode() argument 'encoding' must be str, not " + clinic_type_name(enc));
  if (!isinstance(err, &types::str))
    raise(&exc::TypeError, "encode() argument 'errors' must be str, not " + clinic_type_name(err));
  return bytes_value(encode_text(self.as<Str>(), enc.as<Str>()->data, err.as<Str>()->data));
}

}  // namespace

void install_codec_methods() {
  static const MethodEntry methods[] = {{"encode", s_encode}};
  install_methods(&types::str, std::begin(methods), std::end(methods));
}

}  // namespace rt
