// From the bytes of a source file to the UTF-8 text the tokenizer reads, as
// CPython's tokenizer does it: UTF-8 BOM, PEP 263 coding declarations (UTF-8,
// Latin-1 and ASCII are supported), universal newlines, no NUL bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace front {

// Throws ast::SyntaxError with CPython's message for undecodable input. When
// `encoding` is given it receives the name Python's tokenize module reports in
// its ENCODING token ("utf-8", "iso-8859-1", or the declared name).
// `crlf`, when given, receives the offsets (in the result) of each '\n' that was
// a "\r\n" in the file (the tokenize module reports those as written).
std::string decode_source(std::string_view raw, const std::string& filename,
                          std::string* encoding = nullptr, std::vector<size_t>* crlf = nullptr);

}  // namespace front
