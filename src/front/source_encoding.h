// From the bytes of a source file to the UTF-8 text the tokenizer reads, as
// CPython's tokenizer does it: UTF-8 BOM, PEP 263 coding declarations (UTF-8,
// Latin-1 and ASCII are supported), universal newlines, no NUL bytes.
#pragma once

#include <string>
#include <string_view>

namespace front {

// Throws ast::SyntaxError with CPython's message for undecodable input.
std::string decode_source(std::string_view raw, const std::string& filename);

}  // namespace front
