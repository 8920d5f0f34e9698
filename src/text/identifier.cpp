#include "text/identifier.h"

#include <utf8proc.h>

#include "text/utf8.h"

namespace text {

bool is_xid(int32_t cp, bool start) {
  if (cp < 0x80) {
    const bool alpha = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
    return start ? alpha : alpha || (cp >= '0' && cp <= '9');
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
      return true;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
      return !start;
    default:
      // Other_ID_Start / Other_ID_Continue.
      return cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C ||
             (!start && (cp == 0xB7 || cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA));
  }
}

bool is_identifier(std::string_view utf8) {
  if (utf8.empty()) return false;
  std::size_t pos = 0;
  bool first = true;
  while (pos < utf8.size()) {
    int32_t cp = next_code_point(utf8, pos);
    if (cp < 0 || !is_xid(cp, first)) return false;
    first = false;
  }
  return true;
}

}  // namespace text
