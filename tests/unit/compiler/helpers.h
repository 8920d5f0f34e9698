// Test helpers: compile source text and show instructions as short strings
// ("LOAD_FAST a", "BINARY_OP +", "JUMP 4") so expectations read like `dis`.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ast/arena.h"
#include "bytecode/code.h"

namespace test {

// Parses (front::parse_module) and compiles `source` as "t.py".
std::shared_ptr<bytecode::Code> compile(const std::string& source);

// Compiles an AST built by hand.
std::shared_ptr<bytecode::Code> compile(const ast::Module& module);

std::string constant_text(const bytecode::Constant& c);
std::vector<std::string> listing(const bytecode::Code& code);
// The nested code object named `name` (searched depth-first through constants).
const bytecode::Code& nested(const bytecode::Code& code, const std::string& name);

}  // namespace test
