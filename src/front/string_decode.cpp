#include "front/string_decode.h"

#include "text/utf8.h"

#include <cstdio>

#include "front/unicode_names.h"

namespace front {

StringPiece split_string_token(std::string_view t) {
  StringPiece p;
  size_t i = 0;
  while (i < t.size() && t[i] != '\'' && t[i] != '"') {
    switch (t[i]) {
      case 'r': case 'R': p.raw = true; break;
      case 'b': case 'B': p.bytes = true; break;
      case 'f': case 'F': p.fstring = true; break;
      case 'u': case 'U': p.unicode = true; break;
      default: break;
    }
    ++i;
  }
  size_t q = (t.size() - i >= 6 && t[i + 1] == t[i] && t[i + 2] == t[i]) ? 3 : 1;
  p.body_offset = static_cast<int>(i + q);
  p.body = t.substr(i + q, t.size() - i - 2 * q);
  return p;
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool decode_literal(std::string_view s, bool raw, bool bytes, std::string& out, DecodeError& err) {
  const char* codec = bytes ? "(value error) " : "(unicode error) 'unicodeescape' codec can't decode bytes in ";
  if (bytes) {
    for (unsigned char c : s) {
      if (c >= 0x80) {
        err.message = "bytes can only contain ASCII literal characters";
        return false;
      }
    }
  }
  if (!bytes) {
    // Source declared UTF-8 is not validated up front; report bad bytes here as
    // CPython's codec does (position within the literal).
    for (size_t i = 0; i < s.size();) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      if (c < 0x80) { ++i; continue; }
      size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
      const char* reason = nullptr;
      if (n == 0 || c > 0xF4) reason = "invalid start byte";
      for (size_t k = 1; !reason && k < n; ++k) {
        if (i + k >= s.size()) reason = "unexpected end of data";
        else if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) reason = "invalid continuation byte";
      }
      if (reason) {
        char buf[128];
        std::snprintf(buf, sizeof buf, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                      c, i, reason);
        err.message = buf;
        return false;
      }
      i += n;
    }
  }
  if (raw) {
    out.append(s);
    return true;
  }
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    size_t start = i;
    ++i;
    if (i >= s.size()) {
      // A lone trailing backslash cannot occur in a valid token; keep it.
      out += '\\';
      break;
    }
    char e = s[i++];
    switch (e) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k)
          v = v * 8 + static_cast<uint32_t>(s[i++] - '0');
        if (bytes) out += static_cast<char>(v & 0xFF);
        else text::append_utf8(out, v);
        break;
      }
      case 'x': case 'u': case 'U': {
        if (bytes && e != 'x') {
          out += '\\';
          out += e;
          break;
        }
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int k = 0;
        for (; k < n && i < s.size() && hexval(s[i]) >= 0; ++k) v = v * 16 + static_cast<uint32_t>(hexval(s[i++]));
        if (k < n) {
          // CPython counts positions in the decoded-so-far body.
          if (bytes) {
            err.message = std::string(codec) + "invalid \\x escape at position " + std::to_string(start);
          } else {
            err.message = std::string(codec) + "position " + std::to_string(start) + "-" +
                          std::to_string(i - 1) + ": truncated \\" + (e == 'x' ? "xXX" : e == 'u' ? "uXXXX" : "UXXXXXXXX") +
                          " escape";
          }
          return false;
        }
        if (bytes) {
          out += static_cast<char>(v);
        } else {
          if (v > 0x10FFFF) {
            err.message = std::string(codec) + "position " + std::to_string(start) + "-" +
                          std::to_string(i - 1) + ": illegal Unicode character";
            return false;
          }
          text::append_utf8(out, v);
        }
        break;
      }
      case 'N': {
        if (bytes) {
          out += "\\N";
          break;
        }
        uint32_t cp = 0;
        size_t close = s.find('}', i);
        bool ok = i < s.size() && s[i] == '{' && close != std::string_view::npos &&
                  lookup_unicode_name(s.substr(i + 1, close - i - 1), cp);
        if (!ok) {
          err.message = std::string(codec) + "position " + std::to_string(start) + "-" +
                        std::to_string((close == std::string_view::npos ? s.size() : close + 1) - 1) +
                        ": unknown Unicode character name";
          return false;
        }
        text::append_utf8(out, cp);
        i = close + 1;
        break;
      }
      default:
        // Unknown escapes keep their backslash (a DeprecationWarning in CPython).
        out += '\\';
        out += e;
        break;
    }
  }
  return true;
}

}  // namespace front
