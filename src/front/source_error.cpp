#include "front/source_error.h"

namespace front {
namespace {

// The error line as CPython shows it: decoded with errors="replace".
std::string replace_invalid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    bool ok = n > 0 && i + n <= s.size();
    for (size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok) {
      out.append(s.substr(i, n));
      i += n;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

}  // namespace

std::string_view line_text(std::string_view source, int line) {
  size_t pos = 0;
  for (int l = 1; l < line; ++l) {
    size_t nl = source.find('\n', pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
  }
  if (pos > source.size()) return {};
  size_t nl = source.find('\n', pos);
  return source.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
}

int char_column(std::string_view line, int byte_col) {
  int chars = 0;
  for (int i = 0; i < byte_col && i < static_cast<int>(line.size()); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++chars;
  if (byte_col > static_cast<int>(line.size())) chars += byte_col - static_cast<int>(line.size());
  return chars;
}

void raise_error_offsets(std::string_view source, const char* type, std::string msg, int line,
                         int offset, int end_line, int end_offset) {
  ast::SyntaxError e(type, std::move(msg));
  std::string_view text = line_text(source, line);
  e.lineno = line;
  e.text = replace_invalid_utf8(text);
  e.offset = offset > 0 ? char_column(text, offset - 1) + 1 : offset;
  e.end_lineno = end_line ? end_line : line;
  std::string_view end_text = e.end_lineno == line ? text : line_text(source, e.end_lineno);
  e.end_offset = end_offset > 0 ? char_column(end_text, end_offset - 1) + 1 : end_offset;
  throw e;
}

void raise_error(std::string_view source, const char* type, std::string msg, int line, int col,
                 int end_line, int end_col) {
  ast::SyntaxError e(type, std::move(msg));
  std::string_view text = line_text(source, line);
  e.lineno = line;
  e.text = replace_invalid_utf8(text);
  e.offset = char_column(text, col) + 1;
  e.end_lineno = end_line ? end_line : line;
  if (end_col == -2) {
    e.end_offset = e.offset;
  } else if (end_col < 0) {
    e.end_offset = -1;
  } else {
    std::string_view end_text = e.end_lineno == line ? text : line_text(source, e.end_lineno);
    e.end_offset = char_column(end_text, end_col) + 1;
  }
  throw e;
}

}  // namespace front
