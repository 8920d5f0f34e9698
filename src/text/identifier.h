// Which characters make a Python identifier (PEP 3131), shared by the
// tokenizer and str.isidentifier() / __slots__ checks.
#pragma once

#include <cstdint>
#include <string_view>

namespace text {

// XID_Start (`start`) or XID_Continue, approximated with Unicode categories as
// PEP 3131 defines them (without the NFKC closure exceptions); '_' starts one.
bool is_xid(int32_t cp, bool start);
// A whole UTF-8 string is an identifier: str.isidentifier().
bool is_identifier(std::string_view utf8);

}  // namespace text
