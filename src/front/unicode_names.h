// Unicode character names for `\N{...}` escapes. utf8proc has no names, so they are
// read (once, on first use) from the Unicode Character Database copy that Debian's
// perl-modules package installs.
#pragma once

#include <cstdint>
#include <string_view>

namespace front {

bool lookup_unicode_name(std::string_view name, uint32_t& cp);

}  // namespace front
