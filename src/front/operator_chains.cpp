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
  bool after_operand = false;  // an operator is binary only right after an operand
  for (const Token& t : tokens) {
    if (operand(t.type)) {
      after_operand = true;
    } else if (nests(t.type)) {
      if (after_operand && ++run > kMaxOperatorChain) {
        ast::SyntaxError e("RecursionError", "maximum recursion depth exceeded during compilation");
        throw e;
      }
      after_operand = false;  // a unary sign neither extends nor ends the run
    } else {
      run = 0;
      after_operand = false;
    }
  }
}

}  // namespace front
