// Compile-time constants: conversion from AST literals, and constant folding of
// the expressions CPython's AST optimizer folds (`-1`, `2 ** 10`, `"-" * 20`,
// tuples of constants). Folding never changes what a program does: anything that
// could raise, lose precision or differ from the run-time result is left alone.
#pragma once

#include <optional>
#include <string>

#include "ast/nodes.h"
#include "bytecode/code.h"

namespace compiler {

bytecode::Constant to_constant(const ast::ConstantValue& v);

// An int constant from its decimal text: int64_t when it fits, else BigInt.
bytecode::Constant int_constant(const std::string& decimal);

// The value of `e` if it is a constant or folds to one.
std::optional<bytecode::Constant> fold_constant(const ast::expr& e);

// Python truth value of a constant (`bool(c)`).
bool constant_truth(const bytecode::Constant& c);

}  // namespace compiler
