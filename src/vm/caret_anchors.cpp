// CPython 3.11's traceback anchors (extract_anchors_from_line): when the
// failing instruction's source segment is, as a whole, a binary operation or a
// subscript, the caret line marks the operator (or the brackets) with '^' and
// the rest with '~'. CPython finds this by parsing the segment; pyvm has no
// parser, so a small scanner finds the outermost operator instead.
#include "vm/caret_anchors.h"

#include <cctype>
#include <cstring>
#include <vector>

namespace vm {

namespace {

struct Tok {
  size_t start, end;  // byte range in the segment
  std::string text;   // operator / keyword / bracket text; "x" for operands
  int depth;          // bracket depth at the token
  size_t match = 0;   // for brackets: index of the matching bracket token
};

bool is_ident_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool is_ident(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

// Tokenises a segment; false if it is not scannable (unbalanced, odd chars).
bool tokenize(const std::string& s, std::vector<Tok>& toks) {
  std::vector<size_t> open;
  size_t i = 0;
  int depth = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    if (c == ' ' || c == '\t' || c == '\f') {
      ++i;
      continue;
    }
    if (c == '#' || c == '\\' || c == '\n' || c == '\r') return false;
    size_t start = i;
    if (is_ident_start(c)) {
      while (i < s.size() && is_ident(s[i])) ++i;
      // A string prefix (r, b, f, rb, ...) directly followed by a quote.
      if (i < s.size() && (s[i] == '\'' || s[i] == '"') && i - start <= 2) {
        c = s[i];
      } else {
        std::string word = s.substr(start, i - start);
        static const char* const kKeywords[] = {"and", "or", "not", "in", "is", "if", "else", "lambda",
                                                "for", "await", "yield", "async"};
        bool kw = false;
        for (const char* k : kKeywords) kw |= word == k;
        toks.push_back({start, i, kw ? word : "x", depth});
        continue;
      }
    }
    if (c == '\'' || c == '"') {
      char q = static_cast<char>(c);
      bool triple = i + 2 < s.size() && s[i + 1] == q && s[i + 2] == q;
      i += triple ? 3 : 1;
      for (;;) {
        if (i >= s.size()) return false;
        if (s[i] == '\\') {
          i += 2;
          continue;
        }
        if (triple ? s.compare(i, 3, std::string(3, q)) == 0 : s[i] == q) {
          i += triple ? 3 : 1;
          break;
        }
        ++i;
      }
      toks.push_back({start, i, "x", depth});
      continue;
    }
    if (std::isdigit(c) || (c == '.' && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i + 1])))) {
      while (i < s.size() && (is_ident(s[i]) || s[i] == '.' ||
                              ((s[i] == '+' || s[i] == '-') && (s[i - 1] == 'e' || s[i - 1] == 'E'))))
        ++i;
      toks.push_back({start, i, "x", depth});
      continue;
    }
    if (c == '(' || c == '[' || c == '{') {
      open.push_back(toks.size());
      toks.push_back({start, i + 1, std::string(1, static_cast<char>(c)), depth});
      ++depth;
      ++i;
      continue;
    }
    if (c == ')' || c == ']' || c == '}') {
      if (open.empty()) return false;
      --depth;
      size_t o = open.back();
      open.pop_back();
      toks[o].match = toks.size();
      toks.push_back({start, i + 1, std::string(1, static_cast<char>(c)), depth, o});
      ++i;
      continue;
    }
    static const char* const kOps[] = {"**=", "//=", ">>=", "<<=", "**", "//", "<<", ">>", "<=", ">=", "==",
                                       "!=", ":=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
                                       "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "=", ".",
                                       ",", ":", ";"};
    bool matched = false;
    for (const char* op : kOps) {
      size_t n = std::strlen(op);
      if (s.compare(i, n, op) == 0) {
        toks.push_back({start, i + n, op, depth});
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) return false;
  }
  return open.empty();
}

int binary_level(const std::string& op) {
  if (op == "|") return 1;
  if (op == "^") return 2;
  if (op == "&") return 3;
  if (op == "<<" || op == ">>") return 4;
  if (op == "+" || op == "-") return 5;
  if (op == "*" || op == "/" || op == "//" || op == "%" || op == "@") return 6;
  if (op == "**") return 8;
  return 0;
}

bool ends_operand(const Tok& t) { return t.text == "x" || t.text == ")" || t.text == "]" || t.text == "}"; }

// The node range of an operand occupying toks[a..b] (inclusive): enclosing
// parentheses are not part of the node.
void strip_parens(const std::vector<Tok>& toks, size_t& a, size_t& b) {
  while (a < b && toks[a].text == "(" && toks[a].match == b) {
    ++a;
    --b;
  }
}

}  // namespace

bool caret_anchors(const std::string& seg, size_t& left, size_t& right, bool& binop) {
  std::vector<Tok> toks;
  if (!tokenize(seg, toks) || toks.empty()) return false;
  // Anything of lower precedence than a binary operator at the top level means
  // the segment is not a BinOp or Subscript.
  for (const Tok& t : toks) {
    if (t.depth != 0) continue;
    static const char* const kLow[] = {"and", "or", "not", "in", "is", "if", "else", "lambda", "for", "yield",
                                       "<", ">", "<=", ">=", "==", "!=", ":=", "=", ",", ":", ";", "await",
                                       "async", "->"};
    for (const char* k : kLow)
      if (t.text == k) return false;
    if (t.text.size() >= 2 && t.text.back() == '=' && t.text != "==") return false;
  }
  // Top-level binary operators (a +/- after an operand is binary).
  int lowest = 99;
  size_t split = 0;
  for (size_t k = 0; k < toks.size(); ++k) {
    const Tok& t = toks[k];
    if (t.depth != 0) continue;
    int level = binary_level(t.text);
    if (level == 0 || k == 0 || !ends_operand(toks[k - 1])) continue;
    // Left-associative levels split at their last operator, ** at its first.
    if (level < lowest || (level == lowest && level != 8)) {
      lowest = level;
      split = k;
    }
  }
  if (lowest != 99) {
    bool unary_first = toks[0].text == "-" || toks[0].text == "+" || toks[0].text == "~";
    if (lowest == 8 && unary_first) return false;  // -a ** b is a UnaryOp
    size_t la = 0, lb = split - 1, ra = split + 1, rb = toks.size() - 1;
    if (ra > rb) return false;
    strip_parens(toks, la, lb);
    strip_parens(toks, ra, rb);
    size_t left_end = toks[lb].end, right_start = toks[ra].start;
    for (size_t i = left_end; i < right_start; ++i) {
      if (seg[i] == ' ' || seg[i] == '\t' || seg[i] == '\f') continue;
      left = i;
      right = i + 1;
      if (i + 1 < right_start && !(seg[i + 1] == ' ' || seg[i + 1] == '\t' || seg[i + 1] == '\f')) ++right;
      binop = true;
      return true;
    }
    return false;
  }
  // Subscript: the segment ends with a top-level [...] that follows an operand.
  const Tok& last = toks.back();
  if (last.text != "]" || last.depth != 0) return false;
  size_t open = last.match;
  if (open == 0 || !ends_operand(toks[open - 1])) return false;
  if (toks[0].text == "-" || toks[0].text == "+" || toks[0].text == "~") return false;
  size_t va = 0, vb = open - 1;
  strip_parens(toks, va, vb);
  size_t sa = open + 1, sb = toks.size() - 2;
  if (sa > sb) return false;
  strip_parens(toks, sa, sb);
  left = toks[vb].end;
  right = toks[sb].end + 1;
  binop = false;
  return true;
}

}  // namespace vm
