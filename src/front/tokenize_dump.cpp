// `pyc tokens FILE`: the text `python3 -m tokenize FILE` prints, from our tokenizer
// run with trivia (COMMENT, NL). The tokenize module differs from the C tokenizer in
// what it reports, not in how it splits: every operator is OP, positions count
// characters, INDENT carries the indentation text, and end of input without a
// final newline gets an empty NEWLINE token one column wide.
#include <algorithm>
#include <cstdio>

#include "PythonLexer.h"
#include "ast/dump.h"
#include "text/repr.h"
#include "front/parse.h"
#include "front/source_encoding.h"
#include "front/source_error.h"
#include "front/tokenizer.h"

namespace front {

using L = pygen::PythonLexer;

namespace {

const char* kind_name(int type) {
  switch (type) {
    case L::NAME: case L::MATCH: case L::CASE: return "NAME";
    case L::NUMBER: return "NUMBER";
    case L::STRING: return "STRING";
    case L::NEWLINE: return "NEWLINE";
    case L::INDENT: return "INDENT";
    case L::DEDENT: return "DEDENT";
    case L::ERRORTOKEN: return "ERRORTOKEN";
    case kComment: return "COMMENT";
    case kNL: return "NL";
    case kEndMarker: return "ENDMARKER";
    default: break;
  }
  // Keywords are NAMEs; everything else with a spelling is an operator.
  if (type >= L::FALSE && type <= L::YIELD) return "NAME";
  return "OP";
}

void line(std::string& out, int l1, int c1, int l2, int c2, const char* kind, const std::string& repr) {
  char range[64];
  std::snprintf(range, sizeof range, "%d,%d-%d,%d:", l1, c1, l2, c2);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%-20s%-15s", range, kind);
  out += buf;
  out += repr;
  // '%-15r' pads the repr to 15 characters.
  int width = 0;
  for (unsigned char c : repr)
    if ((c & 0xC0) != 0x80) ++width;
  if (width < 15) out.append(static_cast<size_t>(15 - width), ' ');
  out += '\n';
}

}  // namespace

std::string tokenize_dump(std::string_view raw) {
  std::string encoding;
  std::vector<size_t> crlf;
  std::string normalized = decode_source(raw, "<tokenize>", &encoding, &crlf);
  TokenizeOptions opt;
  opt.trivia = true;
  TokenStreamResult r = tokenize(normalized, opt);
  std::string out;
  line(out, 0, 0, 0, 0, "ENCODING", text::repr_str(encoding));
  auto char_col = [&](int ln, int byte_col) {
    return char_column(line_text(normalized, ln), byte_col);
  };
  bool ends_with_newline = !normalized.empty() && normalized.back() == '\n';
  int last_line = static_cast<int>(r.line_starts.size());
  for (const Token& t : r.tokens) {
    if (t.type == L::ERRORTOKEN && t.begin >= normalized.size()) continue;
    std::string_view text(normalized.data() + t.begin, t.end - t.begin);
    int l1 = t.line, c1 = char_col(t.line, t.col);
    int l2 = t.end_line, c2 = char_col(t.end_line, t.end_col);
    std::string value(text);
    if (t.type == L::NEWLINE && t.begin >= normalized.size()) {
      // Missing final newline: tokenize invents an empty NEWLINE one column wide.
      value = "";
      c2 = c1 + 1;
    }
    if ((t.type == L::DEDENT || t.type == kEndMarker) && t.begin >= normalized.size()) {
      l1 = l2 = ends_with_newline || normalized.empty() ? last_line : last_line + 1;
      c1 = c2 = 0;
    }
    if (t.type == L::DEDENT) value = "";
    // Line ends written "\r\n" in the file keep their '\r' in tokenize's output.
    if (!crlf.empty() && t.end > t.begin) {
      auto first = std::lower_bound(crlf.begin(), crlf.end(), t.begin);
      auto last = std::lower_bound(crlf.begin(), crlf.end(), t.end);
      if (first != last && t.type != L::DEDENT) {
        std::string with_cr;
        auto next = first;
        for (size_t i = t.begin; i < t.end; ++i) {
          if (next != last && *next == i) {
            with_cr += '\r';
            ++next;
          }
          with_cr += normalized[i];
        }
        value = with_cr;
      }
      if ((t.type == L::NEWLINE || t.type == kNL) && first != last) c2 += 1;
    }
    line(out, l1, c1, l2, c2, kind_name(t.type), text::repr_str(value));
  }
  return out;
}

}  // namespace front
