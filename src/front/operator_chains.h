// A guard against parse trees too large to build: a flat chain of binary
// operators nests one AST level per operator, and CPython's compiler rejects
// any chain past about 3,000 with "maximum recursion depth exceeded during
// compilation". Far beyond that (a 10 MB `1 + 1 + ...` line) the parse tree
// alone would take gigabytes, so such chains get CPython's verdict up front.
#pragma once

#include <vector>

#include "front/tokenizer.h"

namespace front {

// Longest run of arithmetic/bitwise operators accepted before the parse; any
// longer run nests far deeper than CPython's compiler allows.
constexpr int kMaxOperatorChain = 100000;

// Throws ast::SyntaxError of type RecursionError (no location, as CPython
// prints it) when `tokens` hold a longer chain.
void check_operator_chains(const std::vector<Token>& tokens);

}  // namespace front
