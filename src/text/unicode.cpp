// Property lookups over generated range tables (binary search, ASCII fast
// paths) and CPython's case-mapping algorithms (Objects/unicodeobject.c:
// do_upper, do_lower, do_title, do_capitalize, do_swapcase, do_casefold,
// handle_capital_sigma).
#include "text/unicode.h"

#include <utf8proc.h>

#include <algorithm>
#include <vector>

#include "text/utf8.h"

namespace text {

namespace {

struct CodeRange {
  uint32_t first, last;
};
struct CaseException {
  uint32_t cp;
  uint8_t kind, length;
  uint32_t to[3];
};

#include "text/unicode_tables.inc"

template <size_t N>
bool in(const CodeRange (&table)[N], uint32_t c) {
  auto it = std::upper_bound(std::begin(table), std::end(table), c,
                             [](uint32_t v, const CodeRange& r) { return v < r.first; });
  return it != std::begin(table) && c <= (it - 1)->last;
}

const CaseException* exception_for(uint32_t c, CaseKind kind) {
  auto key = std::make_pair(c, static_cast<uint8_t>(kind));
  auto it = std::lower_bound(std::begin(k_case_exceptions), std::end(k_case_exceptions), key,
                             [](const CaseException& e, const std::pair<uint32_t, uint8_t>& k) {
                               return e.cp < k.first || (e.cp == k.first && e.kind < k.second);
                             });
  if (it != std::end(k_case_exceptions) && it->cp == c && it->kind == static_cast<uint8_t>(kind)) return it;
  return nullptr;
}

std::vector<uint32_t> decode(std::string_view s) {
  std::vector<uint32_t> out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out.push_back(next_code_point_unchecked(s, i));
  return out;
}

void append(std::string& out, const uint32_t* cps, int n) {
  for (int i = 0; i < n; ++i) append_utf8(out, cps[i]);
}

// CPython's handle_capital_sigma: U+03A3 lowers to final sigma after a cased
// letter (skipping case-ignorables) when no cased letter follows.
uint32_t lower_sigma(const std::vector<uint32_t>& cps, size_t i) {
  int64_t j = static_cast<int64_t>(i) - 1;
  while (j >= 0 && is_case_ignorable(cps[j])) --j;
  bool final_sigma = j >= 0 && is_cased(cps[j]);
  if (final_sigma) {
    size_t k = i + 1;
    while (k < cps.size() && is_case_ignorable(cps[k])) ++k;
    final_sigma = k == cps.size() || !is_cased(cps[k]);
  }
  return final_sigma ? 0x3C2 : 0x3C3;
}

// lower_ucs4: the context-sensitive lower mapping of cps[i].
int lower_at(const std::vector<uint32_t>& cps, size_t i, uint32_t out[3]) {
  if (cps[i] == 0x3A3) {
    out[0] = lower_sigma(cps, i);
    return 1;
  }
  return full_case(cps[i], CaseKind::Lower, out);
}

bool all_ascii(std::string_view s) {
  for (char ch : s)
    if (static_cast<unsigned char>(ch) >= 0x80) return false;
  return true;
}

}  // namespace

bool is_upper(uint32_t c) { return c < 128 ? c >= 'A' && c <= 'Z' : in(k_upper, c); }
bool is_lower(uint32_t c) { return c < 128 ? c >= 'a' && c <= 'z' : in(k_lower, c); }
bool is_titlecase(uint32_t c) { return c >= 128 && in(k_title, c); }
bool is_cased(uint32_t c) { return c < 128 ? is_upper(c) || is_lower(c) : in(k_cased, c); }
bool is_case_ignorable(uint32_t c) { return in(k_case_ignorable, c); }
bool is_alpha(uint32_t c) { return c < 128 ? is_upper(c) || is_lower(c) : in(k_alpha, c); }
bool is_decimal(uint32_t c) { return c < 128 ? c >= '0' && c <= '9' : in(k_decimal, c); }
bool is_digit(uint32_t c) { return c < 128 ? c >= '0' && c <= '9' : in(k_digit, c); }
bool is_numeric(uint32_t c) { return c < 128 ? c >= '0' && c <= '9' : in(k_numeric, c); }
bool is_printable(uint32_t c) { return c < 128 ? c >= ' ' && c < 127 : in(k_printable, c); }
bool is_space(uint32_t c) {
  if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  return in(k_space, c);
}

int full_case(uint32_t c, CaseKind kind, uint32_t out[3]) {
  if (c < 128) {
    if (kind == CaseKind::Lower || kind == CaseKind::Fold) out[0] = c >= 'A' && c <= 'Z' ? c + 32 : c;
    else out[0] = c >= 'a' && c <= 'z' ? c - 32 : c;
    return 1;
  }
  if (const CaseException* e = exception_for(c, kind)) {
    std::copy(e->to, e->to + e->length, out);
    return e->length;
  }
  auto cp = static_cast<utf8proc_int32_t>(c);
  switch (kind) {
    case CaseKind::Upper: out[0] = static_cast<uint32_t>(utf8proc_toupper(cp)); return 1;
    case CaseKind::Title: out[0] = static_cast<uint32_t>(utf8proc_totitle(cp)); return 1;
    case CaseKind::Fold: return full_case(c, CaseKind::Lower, out);  // folds that differ are exceptions
    case CaseKind::Lower: break;
  }
  out[0] = static_cast<uint32_t>(utf8proc_tolower(cp));
  return 1;
}

std::string upper(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  uint32_t m[3];
  for (size_t i = 0; i < s.size();) append(out, m, full_case(next_code_point_unchecked(s, i), CaseKind::Upper, m));
  return out;
}

std::string casefold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  uint32_t m[3];
  for (size_t i = 0; i < s.size();) append(out, m, full_case(next_code_point_unchecked(s, i), CaseKind::Fold, m));
  return out;
}

std::string lower(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  if (all_ascii(s)) {
    for (char ch : s) out += ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch;
    return out;
  }
  std::vector<uint32_t> cps = decode(s);
  uint32_t m[3];
  for (size_t i = 0; i < cps.size(); ++i) append(out, m, lower_at(cps, i, m));
  return out;
}

std::string title(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::vector<uint32_t> cps = decode(s);
  uint32_t m[3];
  bool previous_is_cased = false;
  for (size_t i = 0; i < cps.size(); ++i) {
    int n = previous_is_cased ? lower_at(cps, i, m) : full_case(cps[i], CaseKind::Title, m);
    append(out, m, n);
    previous_is_cased = is_cased(cps[i]);
  }
  return out;
}

std::string capitalize(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::vector<uint32_t> cps = decode(s);
  uint32_t m[3];
  for (size_t i = 0; i < cps.size(); ++i)
    append(out, m, i == 0 ? full_case(cps[i], CaseKind::Title, m) : lower_at(cps, i, m));
  return out;
}

std::string swapcase(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::vector<uint32_t> cps = decode(s);
  uint32_t m[3];
  for (size_t i = 0; i < cps.size(); ++i) {
    if (is_upper(cps[i])) append(out, m, lower_at(cps, i, m));
    else if (is_lower(cps[i])) append(out, m, full_case(cps[i], CaseKind::Upper, m));
    else append_utf8(out, cps[i]);
  }
  return out;
}

}  // namespace text
