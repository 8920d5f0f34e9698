#include "ast/syntax_error.h"

#include <cstring>

namespace ast {
namespace {

// Byte index of the 1-based character offset `offset` in UTF-8 `text`, kept
// 1-based (CPython's traceback printer works on the UTF-8 bytes of the line).
int char_to_byte_offset(const std::string& text, int offset) {
  if (offset <= 0) return offset;
  int chars = 0;
  size_t i = 0;
  while (i < text.size() && chars < offset - 1) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    i += n;
    ++chars;
  }
  return static_cast<int>(i) + 1 + (offset - 1 - chars);
}

// pythonrun.c's print_error_text.
void print_error_text(std::string& out, long offset, long end_offset, const std::string& full) {
  long caret_repetitions = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
  const char* text = full.c_str();
  offset--;
  while (*text == ' ' || *text == '\t' || *text == '\f') {
    text++;
    offset--;
  }
  long len = static_cast<long>(std::strlen(text));
  if (len > 0 && text[len - 1] == '\n') len--;
  if (offset > len) offset = len;
  for (;;) {
    const char* nl = std::strchr(text, '\n');
    if (nl == nullptr) break;
    long inl = nl - text;
    if (inl >= offset) break;
    inl += 1;
    text += inl;
    len -= inl;
    offset -= inl;
  }
  out += "    ";
  out += text;
  if (text[len] != '\n') out += "\n";
  if (offset < 0) return;
  out += "    ";
  while (--offset >= 0) out += ' ';
  out.append(static_cast<size_t>(caret_repetitions), '^');
  out += "\n";
}

}  // namespace

std::string SyntaxError::format() const {
  // Without a line number (e.g. undecodable source) CPython prints no File line.
  std::string out;
  if (lineno > 0) out = "  File \"" + filename + "\", line " + std::to_string(lineno) + "\n";
  if (lineno > 0) {  // an empty line is still printed (as "    ")
    std::string line = text + "\n";
    long off = char_to_byte_offset(text, offset);
    long end = end_offset > 0 ? char_to_byte_offset(text, end_offset) : end_offset;
    // The traceback printer reads end positions of SyntaxError proper only, not of
    // its subclasses (IndentationError, TabError).
    if (type != "SyntaxError") end = -1;
    long line_size = static_cast<long>(line.size());
    if (end_lineno > lineno) end = line_size;
    if (end > line_size + 1) end = line_size + 1;
    print_error_text(out, off, end, line);
  }
  // An empty message prints the class alone (CPython's bare MemoryError).
  out += msg.empty() ? type + "\n" : type + ": " + msg + "\n";
  return out;
}

}  // namespace ast
