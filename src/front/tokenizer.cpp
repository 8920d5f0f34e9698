#include "front/tokenizer.h"

#include <antlr4-runtime.h>
#include <utf8proc.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "PythonLexer.h"
#include "front/source_error.h"
#include "text/identifier.h"

namespace front {
namespace {

using L = pygen::PythonLexer;

// Keyword and operator spellings, read back from the grammar's vocabulary so the
// token table lives only in grammar/PythonLexer.g4.
struct Spellings {
  std::vector<std::string> keyword_text;  // owns the keys of `keywords`
  std::unordered_map<std::string_view, int> keywords;
  // Operators by first character, longest spelling first.
  std::vector<std::pair<std::string, int>> operators[128];
  const antlr4::dfa::Vocabulary* vocabulary = nullptr;
};

const Spellings& spellings() {
  static const Spellings s = [] {
    Spellings r;
    static antlr4::ANTLRInputStream empty("");
    static L lexer(&empty);
    r.vocabulary = &lexer.getVocabulary();
    std::vector<int> keyword_types;
    for (size_t t = 1; t <= r.vocabulary->getMaxTokenType(); ++t) {
      std::string lit = r.vocabulary->getLiteralName(t);
      if (lit.size() < 3) continue;
      std::string text = lit.substr(1, lit.size() - 2);
      if (std::isalpha(static_cast<unsigned char>(text[0]))) {
        r.keyword_text.push_back(text);
        keyword_types.push_back(static_cast<int>(t));
      } else
        r.operators[static_cast<unsigned char>(text[0]) & 127].emplace_back(text, static_cast<int>(t));
    }
    for (auto& ops : r.operators)
      std::stable_sort(ops.begin(), ops.end(),
                       [](const auto& x, const auto& y) { return x.first.size() > y.first.size(); });
    for (size_t i = 0; i < r.keyword_text.size(); ++i)
      r.keywords.emplace(r.keyword_text[i], keyword_types[i]);
    return r;
  }();
  return s;
}

bool is_ascii_id_start(unsigned char c) { return std::isalpha(c) || c == '_'; }
bool is_ascii_id_char(unsigned char c) { return std::isalnum(c) || c == '_'; }

using text::is_xid;

bool is_string_prefix(std::string_view p) {
  if (p.size() > 2) return false;
  bool r = false, b = false, u = false, f = false;
  for (char c : p) {
    switch (c) {
      case 'r': case 'R': if (r) return false; r = true; break;
      case 'b': case 'B': if (b) return false; b = true; break;
      case 'u': case 'U': if (u) return false; u = true; break;
      case 'f': case 'F': if (f) return false; f = true; break;
      default: return false;
    }
  }
  if (u && p.size() > 1) return false;
  if (b && f) return false;
  return true;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view src, TokenizeOptions opt) : s_(src), opt_(opt) {}

  TokenStreamResult run();

 private:
  std::string_view s_;
  TokenizeOptions opt_;
  TokenStreamResult out_;
  size_t pos_ = 0;
  int line_ = 1;
  size_t line_start_ = 0;
  std::vector<int> indents_{0}, alt_indents_{0};
  std::vector<OpenBracket> brackets_;
  bool at_bol_ = true;
  size_t ws_start_ = 0;  // where the whitespace before the current token began
  int tokenize_depth_ = 0;  // bracket depth as Python's tokenize module counts it

  // Mixed tabs and spaces: the tokenize module does not check this.
  void tab_error() {
    if (opt_.trivia) return;
    raise_error_offsets(s_, "TabError", "inconsistent use of tabs and spaces in indentation", line_, 1, line_, 0);
  }

  // Python's tokenize module cannot match the text at pos_: it reports each
  // preceding whitespace character and then the character itself as ERRORTOKEN.
  void tokenize_error_token(size_t len = 1) {
    for (size_t w = ws_start_; w < pos_; ++w) emit_here(L::ERRORTOKEN, w, w + 1);
    emit_here(L::ERRORTOKEN, pos_, pos_ + len);
    pos_ += len;
  }
  bool line_has_tokens_ = false;  // any token since the last NEWLINE (for EOF NEWLINE)

  int col(size_t p) const { return static_cast<int>(p - line_start_); }
  int peek(size_t k = 0) const {
    return pos_ + k < s_.size() ? static_cast<unsigned char>(s_[pos_ + k]) : -1;
  }
  void new_line(size_t next_start) {
    ++line_;
    line_start_ = next_start;
    out_.line_starts.push_back(static_cast<unsigned>(next_start));
  }
  void emit(int type, size_t b, int bl, int bc, size_t e) {
    Token t;
    t.type = type;
    t.begin = static_cast<unsigned>(b);
    t.end = static_cast<unsigned>(e);
    t.line = bl;
    t.col = bc;
    t.end_line = line_;
    t.end_col = col(e);
    out_.tokens.push_back(t);
  }
  void emit_here(int type, size_t b, size_t e) { emit(type, b, line_, col(b), e); }

  [[noreturn]] void error(const char* type, std::string msg, int line, int c, int end_c = -2) {
    raise_error(s_, type, std::move(msg), line, c, line, end_c);
  }
  // CPython's tokenizer errors report offsets as "characters up to the cursor",
  // so they are given here as 1-based byte offsets on the current line.
  [[noreturn]] void error_offsets(std::string msg, int offset, int end_offset) {
    raise_error_offsets(s_, "SyntaxError", std::move(msg), line_, offset, line_, end_offset);
  }
  [[noreturn]] void error_cursor(std::string msg, size_t cursor) {
    error_offsets(std::move(msg), col(cursor), col(cursor));
  }

  bool indentation();
  void dedent_all_at_eof();
  void name_or_string();
  void string(size_t start, size_t quote_pos);
  void number();
  void operator_token();
};

// Handles the start of a logical line; returns false if the line is blank.
bool Tokenizer::indentation() {
  int c = 0, alt = 0;
  size_t p = pos_;
  for (; p < s_.size(); ++p) {
    char ch = s_[p];
    if (ch == ' ') { ++c; ++alt; }
    else if (ch == '\t') { c = (c / 8 + 1) * 8; alt += 1; }
    else if (ch == '\f') { c = alt = 0; }
    else break;
  }
  pos_ = p;
  int nx = peek();
  if (nx == '#' || nx == '\n' || nx == -1) {
    return false;  // blank or comment-only line: no indentation change
  }
  if (!brackets_.empty()) return true;
  if (c == indents_.back()) {
    if (alt != alt_indents_.back())
      tab_error();
  } else if (c > indents_.back()) {
    if (indents_.size() >= 100)
      error("IndentationError", "too many levels of indentation", line_, col(pos_));
    if (alt <= alt_indents_.back())
      tab_error();
    indents_.push_back(c);
    alt_indents_.push_back(alt);
    emit_here(L::INDENT, line_start_, pos_);
  } else {
    while (indents_.size() > 1 && c < indents_.back()) {
      indents_.pop_back();
      alt_indents_.pop_back();
      emit_here(L::DEDENT, pos_, pos_);
    }
    if (c != indents_.back()) {
      // The tokenize module points at the first character of the line's text.
      int at = opt_.trivia ? col(pos_) : static_cast<int>(line_text(s_, line_).size());
      error("IndentationError", "unindent does not match any outer indentation level", line_, at, -1);
    }
    if (alt != alt_indents_.back())
      tab_error();
  }
  return true;
}

TokenStreamResult Tokenizer::run() {
  out_.line_starts.push_back(0);
  while (true) {
    if (at_bol_) {
      at_bol_ = false;
      bool content = indentation();
      if (!content) {
        // Blank line: skip it entirely (COMMENT/NL only in trivia mode).
        while (peek() == ' ' || peek() == '\t' || peek() == '\f') ++pos_;
        if (peek() == '#') {
          size_t b = pos_;
          while (pos_ < s_.size() && s_[pos_] != '\n') ++pos_;
          if (opt_.trivia) emit_here(kComment, b, pos_);
        }
        if (peek() == '\n') {
          if (opt_.trivia) emit_here(kNL, pos_, pos_ + 1);
          ++pos_;
          new_line(pos_);
          at_bol_ = true;
          continue;
        }
        // EOF.
      }
    }
    // Skip whitespace between tokens.
    ws_start_ = pos_;
    while (peek() == ' ' || peek() == '\t' || peek() == '\f') ++pos_;
    int c = peek();
    if (c == -1) break;
    if (c == '#') {
      size_t b = pos_;
      while (pos_ < s_.size() && s_[pos_] != '\n') ++pos_;
      if (opt_.trivia) emit_here(kComment, b, pos_);
      continue;
    }
    if (c == '\n') {
      if (opt_.trivia ? tokenize_depth_ <= 0 : brackets_.empty()) {
        emit_here(L::NEWLINE, pos_, pos_ + 1);
        line_has_tokens_ = false;
        at_bol_ = true;
      } else if (opt_.trivia) {
        emit_here(kNL, pos_, pos_ + 1);
      }
      ++pos_;
      new_line(pos_);
      continue;
    }
    if (c == '\\') {
      if (peek(1) == -1) {
        raise_error_offsets(s_, "SyntaxError", "unexpected EOF while parsing", line_,
                            col(pos_) + 2, line_, -1);
      }
      if (peek(1) == '\n') {
        pos_ += 2;
        new_line(pos_);
        if (pos_ >= s_.size()) {
          int l = line_ - 1;
          raise_error_offsets(s_, "SyntaxError", "unexpected EOF while parsing", l,
                              static_cast<int>(line_text(s_, l).size()) + 1, l, -1);
        }
        continue;
      }
      error_offsets("unexpected character after line continuation character", col(pos_) + 2, 0);
    }
    line_has_tokens_ = true;
    if (is_ascii_id_start(c) || c >= 0x80) {
      name_or_string();
    } else if (std::isdigit(c) || (c == '.' && pos_ + 1 < s_.size() && std::isdigit(peek(1)))) {
      number();
    } else if (c == '"' || c == '\'') {
      string(pos_, pos_);
    } else {
      operator_token();
    }
  }
  // End of input: close the logical line, then the blocks.
  if (line_has_tokens_) {
    if (opt_.trivia) {
      emit_here(L::NEWLINE, pos_, pos_);
    } else {
      emit_here(L::NEWLINE, pos_, pos_);
    }
  }
  if (opt_.trivia && tokenize_depth_ > 0)
    raise_error_offsets(s_, "SyntaxError", "EOF in multi-line statement", line_, 0, line_, -1);
  out_.unclosed = brackets_;
  if (!brackets_.empty()) {
    // CPython's tokenizer returns an error token at EOF inside brackets; the parser
    // then reports "'(' was never closed" (see parse.cpp).
    emit_here(L::ERRORTOKEN, pos_, pos_);
  }
  dedent_all_at_eof();
  Token eof;
  eof.type = kEndMarker;
  eof.begin = eof.end = static_cast<unsigned>(pos_);
  eof.line = eof.end_line = line_;
  eof.col = eof.end_col = col(pos_);
  out_.tokens.push_back(eof);
  return std::move(out_);
}

void Tokenizer::dedent_all_at_eof() {
  while (indents_.size() > 1) {
    indents_.pop_back();
    emit_here(L::DEDENT, pos_, pos_);
  }
}

void Tokenizer::name_or_string() {
  size_t b = pos_;
  bool ascii = true;
  while (pos_ < s_.size()) {
    unsigned char ch = s_[pos_];
    if (ch < 0x80) {
      if (!is_ascii_id_char(ch)) break;
      ++pos_;
      continue;
    }
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s_.data() + pos_),
                              static_cast<utf8proc_ssize_t>(s_.size() - pos_), &cp);
    if (n < 0) error("SyntaxError", "invalid character in identifier", line_, col(pos_));
    if (!is_xid(cp, pos_ == b)) {
      if (pos_ == b || !is_xid(cp, false)) {
        if (pos_ > b) break;
        if (opt_.trivia) {
          tokenize_error_token(static_cast<size_t>(n));
          return;
        }
        // An invalid character where a token should start.
        char buf[64];
        utf8proc_category_t cat = utf8proc_category(cp);
        bool printable = !(cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF ||
                           cat == UTF8PROC_CATEGORY_CS || cat == UTF8PROC_CATEGORY_CO ||
                           cat == UTF8PROC_CATEGORY_CN || cat == UTF8PROC_CATEGORY_ZL ||
                           cat == UTF8PROC_CATEGORY_ZP || cat == UTF8PROC_CATEGORY_ZS);
        if (printable) {
          std::snprintf(buf, sizeof buf, "invalid character '%.*s' (U+%04X)", static_cast<int>(n),
                        s_.data() + pos_, static_cast<unsigned>(cp));
        } else {
          std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X",
                        static_cast<unsigned>(cp));
        }
        error("SyntaxError", buf, line_, col(pos_));
      }
    }
    ascii = false;
    pos_ += n;
  }
  std::string_view text = s_.substr(b, pos_ - b);
  if ((peek() == '"' || peek() == '\'') && is_string_prefix(text)) {
    string(b, pos_);
    return;
  }
  int type = L::NAME;
  if (ascii) {
    const auto& kw = spellings().keywords;
    auto it = text.size() <= 8 ? kw.find(text) : kw.end();
    if (it != kw.end()) type = it->second;
  }
  emit_here(type, b, pos_);
}

void Tokenizer::string(size_t start, size_t quote_pos) {
  int start_line = line_;
  int start_col = col(start);
  size_t start_line_start = line_start_;
  char q = s_[quote_pos];
  size_t p = quote_pos;
  int quote_size = 1;
  if (p + 2 < s_.size() && s_[p + 1] == q && s_[p + 2] == q) quote_size = 3;
  p += quote_size;
  pos_ = p;
  while (true) {
    if (opt_.trivia && quote_size == 1 && (pos_ >= s_.size() || s_[pos_] == '\n')) {
      // tokenize: the prefix is a NAME, the quote an ERRORTOKEN, then lexing goes on.
      line_ = start_line;
      line_start_ = start_line_start;
      if (quote_pos > start) emit(L::NAME, start, start_line, start_col, quote_pos);
      pos_ = quote_pos;
      if (quote_pos == start) {
        tokenize_error_token();
      } else {
        ws_start_ = pos_;
        tokenize_error_token();
      }
      return;
    }
    if (pos_ >= s_.size() || (quote_size == 1 && s_[pos_] == '\n')) {
      // At end of input after a final newline CPython is still on the last line.
      int detected = pos_ >= s_.size() && pos_ == line_start_ && line_ > 1 ? line_ - 1 : line_;
      line_start_ = start_line_start;
      if (quote_size == 3 && opt_.trivia)
        raise_error(s_, "SyntaxError", "EOF in multi-line string", start_line, start_col);
      if (quote_size == 3)
        raise_error(s_, "SyntaxError",
                    "unterminated triple-quoted string literal (detected at line " +
                        std::to_string(detected) + ")",
                    start_line, start_col);
      raise_error(s_, "SyntaxError",
                  "unterminated string literal (detected at line " + std::to_string(detected) + ")",
                  start_line, start_col);
    }
    char ch = s_[pos_];
    if (ch == '\\') {
      if (pos_ + 1 < s_.size()) {
        if (s_[pos_ + 1] == '\n') {
          pos_ += 2;
          new_line(pos_);
          continue;
        }
        pos_ += 2;
        continue;
      }
      ++pos_;
      continue;
    }
    if (ch == '\n') {
      ++pos_;
      new_line(pos_);
      continue;
    }
    if (ch == q) {
      if (quote_size == 1) {
        ++pos_;
        break;
      }
      if (pos_ + 2 < s_.size() && s_[pos_ + 1] == q && s_[pos_ + 2] == q) {
        pos_ += 3;
        break;
      }
    }
    ++pos_;
  }
  emit(L::STRING, start, start_line, start_col, pos_);
}

void Tokenizer::number() {
  size_t b = pos_;
  auto is_dec = [](int c) { return c >= '0' && c <= '9'; };
  auto is_hex = [](int c) { return c >= 0 && std::isxdigit(c) != 0; };
  auto is_oct = [](int c) { return c >= '0' && c <= '7'; };
  auto is_bin = [](int c) { return c == '0' || c == '1'; };
  // digit (_? digit)*; a '_' not followed by a digit is an error after the '_'.
  auto digits = [&](auto pred, const char* kind) {
    while (true) {
      while (pred(peek())) ++pos_;
      if (peek() != '_') return;
      ++pos_;
      if (!pred(peek())) error_cursor(std::string("invalid ") + kind + " literal", pos_);
    }
  };
  // After a number, a name character is an error unless one of the keywords that
  // may follow a number starts there (`1if x else y`).
  auto check_end = [&](const char* kind) {
    int c = peek();
    auto ahead = [&](const char* rest) { return s_.substr(pos_ + 1, std::strlen(rest)) == rest; };
    bool keyword = (c == 'a' && ahead("nd")) || (c == 'e' && ahead("lse")) ||
                   (c == 'f' && ahead("or")) || (c == 'o' && ahead("r")) ||
                   (c == 'n' && ahead("ot")) ||
                   (c == 'i' && (peek(1) == 'f' || peek(1) == 'n' || peek(1) == 's'));
    if (keyword) return;
    bool name_char = c >= 0 && c < 0x80 && is_ascii_id_char(static_cast<unsigned char>(c));
    if (c >= 0x80) {
      // A non-ASCII character that cannot be part of a name is reported on its own.
      utf8proc_int32_t cp;
      auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s_.data() + pos_),
                                static_cast<utf8proc_ssize_t>(s_.size() - pos_), &cp);
      name_char = n > 0 && is_xid(cp, false);
    }
    if (name_char) error_cursor(std::string("invalid ") + kind + " literal", pos_);
  };
  auto radix = [&](auto pred, const char* kind, bool digit_message) {
    pos_ += 2;
    int c = peek();
    if (c == '_') {
      ++pos_;
      c = peek();
    }
    if (!pred(c)) {
      if (digit_message && is_dec(c))
        error_cursor(std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal", pos_ + 1);
      error_cursor(std::string("invalid ") + kind + " literal", pos_);
    }
    digits(pred, kind);
    if (digit_message && is_dec(peek()))
      error_cursor(std::string("invalid digit '") + static_cast<char>(peek()) + "' in " + kind + " literal",
                   pos_ + 1);
    check_end(kind);
  };
  int p1 = peek(1);
  if (peek() == '0' && (p1 == 'x' || p1 == 'X')) {
    radix(is_hex, "hexadecimal", false);
  } else if (peek() == '0' && (p1 == 'o' || p1 == 'O')) {
    radix(is_oct, "octal", true);
  } else if (peek() == '0' && (p1 == 'b' || p1 == 'B')) {
    radix(is_bin, "binary", true);
  } else {
    bool is_float = false;
    if (peek() != '.') digits(is_dec, "decimal");
    size_t int_end = pos_;
    if (peek() == '.') {
      is_float = true;
      ++pos_;
      if (is_dec(peek())) digits(is_dec, "decimal");
    }
    if (peek() == 'e' || peek() == 'E') {
      size_t save = pos_;
      ++pos_;
      if (peek() == '+' || peek() == '-') {
        ++pos_;
        if (!is_dec(peek())) error_cursor("invalid decimal literal", pos_);
      }
      if (is_dec(peek())) {
        digits(is_dec, "decimal");
        is_float = true;
      } else {
        pos_ = save;  // `1else`: the 'e' starts a keyword (or is an error)
      }
    }
    if (peek() == 'j' || peek() == 'J') {
      ++pos_;
      check_end("imaginary");
    } else {
      if (!is_float) {
        std::string_view t = s_.substr(b, int_end - b);
        if (t.size() > 1 && t[0] == '0') {
          size_t zeros_end = b;
          while (zeros_end < int_end && (s_[zeros_end] == '0' || s_[zeros_end] == '_')) ++zeros_end;
          if (zeros_end < int_end)
            error_offsets(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                "for octal integers",
                col(b) + 1, col(zeros_end) + 1);
        }
      }
      check_end("decimal");
    }
  }
  emit_here(L::NUMBER, b, pos_);
}

void Tokenizer::operator_token() {
  size_t b = pos_;
  const auto& ops = spellings().operators[static_cast<unsigned char>(s_[b]) & 127];
  for (const auto& op : ops) {
    const size_t n = op.first.size();
    if (s_.compare(b, n, op.first) != 0) continue;
    const auto* it = &op;
    char c = s_[b];
    if (opt_.trivia && n == 1) {
      // The tokenize module only counts brackets; it never matches them.
      if (c == '(' || c == '[' || c == '{') ++tokenize_depth_;
      if (c == ')' || c == ']' || c == '}') --tokenize_depth_;
      pos_ = b + n;
      emit_here(it->second, b, pos_);
      return;
    }
    if (n == 1 && (c == '(' || c == '[' || c == '{')) {
      // CPython's tokenizer keeps at most 200 open brackets (MAXLEVEL).
      if (brackets_.size() >= 200) error_cursor("too many nested parentheses", b + 1);
      brackets_.push_back({c, line_, col(b)});
    } else if (n == 1 && (c == ')' || c == ']' || c == '}')) {
      if (brackets_.empty())
        error("SyntaxError", std::string("unmatched '") + c + "'", line_, col(b));
      char open = brackets_.back().ch;
      if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
        std::string msg = std::string("closing parenthesis '") + c +
                          "' does not match opening parenthesis '" + open + "'";
        if (brackets_.back().line != line_) msg += " on line " + std::to_string(brackets_.back().line);
        error("SyntaxError", msg, line_, col(b));
      }
      brackets_.pop_back();
    }
    pos_ = b + n;
    emit_here(it->second, b, pos_);
    return;
  }
  // No operator matches: CPython reports the character.
  unsigned char c = s_[b];
  if (opt_.trivia) {
    tokenize_error_token();
    return;
  }
  // These become an error token, which the parser reports as "invalid syntax"
  // (CPython's tokenizer does the same).
  if (c == '$' || c == '?' || c == '`' || c == '!') {
    pos_ = b + 1;
    emit_here(L::ERRORTOKEN, b, pos_);
    return;
  }
  char buf[64];
  if (c < 0x20 || c == 0x7f)
    std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", c);
  else
    std::snprintf(buf, sizeof buf, "invalid character '%c' (U+%04X)", c, c);
  error("SyntaxError", buf, line_, col(b));
}

}  // namespace

TokenStreamResult tokenize(std::string_view source, TokenizeOptions options) {
  return Tokenizer(source, options).run();
}

std::string token_type_name(int type) {
  if (type == kComment) return "COMMENT";
  if (type == kNL) return "NL";
  if (type == kEndMarker) return "ENDMARKER";
  return spellings().vocabulary->getDisplayName(static_cast<size_t>(type));
}

}  // namespace front
