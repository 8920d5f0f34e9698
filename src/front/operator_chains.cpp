#include "front/operator_chains.h"

#include "PythonLexer.h"
#include "ast/syntax_error.h"

namespace front {

namespace {

using L = pygen::PythonLexer;

// Operators that nest: each one in a run adds a BinOp level. Comparisons and
// `and`/`or` build one flat node, so they end a run instead.
bool nests(int type) {
  switch (type) {
    case L::PLUS: case L::MINUS: case L::STAR: case L::SLASH: case L::DOUBLESLASH:
    case L::PERCENT: case L::DOUBLESTAR: case L::AT: case L::LEFTSHIFT:
    case L::RIGHTSHIFT: case L::AMPER: case L::VBAR: case L::CIRCUMFLEX:
      return true;
    default:
      return false;
  }
}

bool operand(int type) { return type == L::NAME || type == L::NUMBER || type == L::STRING; }

}  // namespace

void check_operator_chains(const std::vector<Token>& tokens) {
  int run = 0;
  for (const Token& t : tokens) {
    if (nests(t.type)) {
      if (++run > kMaxOperatorChain) {
        ast::SyntaxError e("RecursionError", "maximum recursion depth exceeded during compilation");
        throw e;
      }
    } else if (!operand(t.type)) {
      run = 0;
    }
  }
}

}  // namespace front
