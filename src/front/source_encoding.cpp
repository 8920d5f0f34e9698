#include "front/source_encoding.h"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "ast/syntax_error.h"
#include "front/syntax_errors.h"

namespace front {
namespace {

// The name in a PEP 263 cookie `# ... coding[:=] NAME` on one line ("" if none):
// what the regex ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+) matches, scanned by hand
// because std::regex recurses per character and overflows the stack on long lines.
std::string cookie_name(std::string_view line) {
  size_t i = line.find_first_not_of(" \t\f");
  if (i == std::string_view::npos || line[i] != '#') return "";
  auto name_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
  };
  for (size_t at = line.find("coding", i); at != std::string_view::npos; at = line.find("coding", at + 1)) {
    size_t j = at + 6;
    if (j >= line.size() || (line[j] != ':' && line[j] != '=')) continue;
    ++j;
    while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
    size_t end = j;
    while (end < line.size() && name_char(line[end])) ++end;
    if (end > j) return std::string(line.substr(j, end - j));
  }
  return "";
}

// The PEP 263 declaration on line 1 or 2 (line 2 only after a comment or blank
// line 1), as written; "" when there is none.
std::string coding_declaration(std::string_view s) {
  size_t pos = 0;
  for (int line = 1; line <= 2 && pos <= s.size(); ++line) {
    size_t nl = s.find('\n', pos);
    std::string_view text = s.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    std::string name = cookie_name(text);
    if (!name.empty()) return name;
    // Line 2 counts only when line 1 is blank or a comment.
    size_t first = text.find_first_not_of(" \t\f\r");
    if (first != std::string_view::npos && text[first] != '#') break;
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return "";
}

bool is_utf8_name(const std::string& n) {
  return n == "utf-8" || n == "utf8" || n.rfind("utf-8-", 0) == 0;
}
bool is_latin1_name(const std::string& n) {
  return n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" ||
         n == "iso-latin-1" || n == "l1" || n.rfind("latin-1-", 0) == 0 || n.rfind("iso-8859-1-", 0) == 0;
}
bool is_ascii_name(const std::string& n) { return n == "ascii" || n == "us-ascii"; }

// Other codecs CPython knows that agree with ASCII on ASCII bytes: an all-ASCII
// source declared with one of them reads as is; other text goes through iconv.
bool is_known_ascii_compatible(const std::string& n) {
  static const char* const kPrefixes[] = {"cp125", "cp437", "cp850", "cp852", "cp866", "iso-8859-",
                                          "iso8859-", "latin-", "latin", "koi8-", "mac-", "windows-125",
                                          "euc-", "shift-jis", "gbk", "gb2312", "gb18030", "big5", "cp932",
                                          "cp936", "cp949", "cp950", "tis-620", "hz"};
  for (const char* p : kPrefixes)
    if (n.rfind(p, 0) == 0) return true;
  return false;
}

// CPython's get_normal_name: its first 12 characters lower-cased with '_' as '-',
// mapped to "utf-8" or "iso-8859-1" when they name those; otherwise the name as
// written.
std::string normal_name(const std::string& s) {
  std::string b;
  for (size_t i = 0; i < s.size() && i < 12; ++i)
    b += s[i] == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
  auto starts = [&](const char* p) { return b.rfind(p, 0) == 0; };
  if (b == "utf-8" || starts("utf-8-")) return "utf-8";
  if (b == "latin-1" || b == "iso-8859-1" || b == "iso-latin-1" || starts("latin-1-") ||
      starts("iso-8859-1-") || starts("iso-latin-1-"))
    return "iso-8859-1";
  return s;
}

// Text in another declared codec (koi8-r, cp1252, shift-jis, ...), decoded by the
// C library's iconv, which knows these codecs under the same names; nullopt when
// it does not know the codec or the bytes are not valid in it.
std::optional<std::string> decode_with_iconv(std::string_view raw, const std::string& codec) {
  iconv_t cd = iconv_open("UTF-8", codec.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  // Every codec here needs at most 4 UTF-8 bytes per input byte.
  std::string out(raw.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(raw.data());
  size_t in_left = raw.size();
  char* to = out.data();
  size_t out_left = out.size();
  const size_t done = iconv(cd, &in, &in_left, &to, &out_left);
  iconv_close(cd);
  if (done == static_cast<size_t>(-1) || in_left != 0) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

[[noreturn]] void encoding_problem(const std::string& what) {
  throw ast::SyntaxError("SyntaxError", "encoding problem: " + what);
}

}  // namespace

std::string decode_source(std::string_view raw, const std::string& filename, std::string* encoding,
                          std::vector<size_t>* crlf) {
  bool bom = raw.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) raw.remove_prefix(3);
  std::string written = coding_declaration(raw);
  std::string coding = normal_name(written);
  // Codec lookup itself is case- and '_'-insensitive.
  std::string lookup = written;
  std::transform(lookup.begin(), lookup.end(), lookup.begin(), [](unsigned char c) {
    return c == '_' ? '-' : static_cast<char>(std::tolower(c));
  });
  std::string text;
  if (encoding) {
    // tokenize reports a BOM's "utf-8-sig" as plain "utf-8".
    if (bom || written.empty()) *encoding = "utf-8";
    else *encoding = coding;
  }
  // With a BOM the declaration must be utf-8 as CPython normalises it.
  if (bom && !written.empty() && coding != "utf-8") encoding_problem(coding + " with BOM");
  if (written.empty()) {
    check_source_bytes(raw, filename);
    text.assign(raw);
  } else if (is_utf8_name(lookup)) {
    // Declared UTF-8 is not checked up front: CPython then reports bad bytes where
    // it decodes them (a string literal's "(unicode error) 'utf-8' codec ...").
    check_no_null_bytes(raw);
    text.assign(raw);
  } else if (is_latin1_name(lookup)) {
    check_no_null_bytes(raw);
    for (unsigned char c : raw) {
      if (c < 0x80) {
        text += static_cast<char>(c);
      } else {
        text += static_cast<char>(0xC0 | (c >> 6));
        text += static_cast<char>(0x80 | (c & 0x3F));
      }
    }
  } else if (is_ascii_name(lookup)) {
    check_source_bytes(raw, filename);
    text.assign(raw);
  } else if (is_known_ascii_compatible(lookup)) {
    check_no_null_bytes(raw);
    if (std::all_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      text.assign(raw);
    } else if (auto utf8 = decode_with_iconv(raw, lookup)) {
      text = std::move(*utf8);
    } else {
      throw ast::SyntaxError("SyntaxError", "encoding problem: " + written +
                                                " (the source is not valid in this encoding)");
    }
  } else {
    encoding_problem(written);
  }
  // Universal newlines.
  if (text.find('\r') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        if (crlf) crlf->push_back(out.size());
        ++i;
      }
      out += '\n';
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace front
