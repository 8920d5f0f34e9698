// str.format, str.format_map and the parser string.Formatter uses
// (_string.formatter_parser / formatter_field_name_split), following CPython
// 3.11's Objects/stringlib/unicode_format.h: the same markup scanner, field
// name splitter and auto-numbering state, so errors come in the same order
// with the same text.
#include <climits>

#include "runtime/args.h"
#include "runtime/format.h"
#include "runtime/methods_util.h"
#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

// ---- the markup scanner ---------------------------------------------------------------

namespace {

// parse_field: the text after a '{' up to its matching '}'; `pos` moves past it.
void parse_field(std::string_view s, size_t& pos, MarkupItem& item) {
  size_t start = pos;
  char c = 0;
  while (pos < s.size()) {
    c = s[pos++];
    if (c == '{') raise(&exc::ValueError, "unexpected '{' in field name");
    if (c == '[') {
      while (pos < s.size() && s[pos] != ']') ++pos;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  item.field_name = s.substr(start, pos - 1 - start);
  if (c == '!' || c == ':') {
    if (c == '!') {
      if (pos >= s.size()) raise(&exc::ValueError, "end of string while looking for conversion specifier");
      item.conversion = text::next_code_point_unchecked(s, pos);
      if (pos < s.size()) {
        c = s[pos++];
        if (c == '}') return;
        if (c != ':') raise(&exc::ValueError, "expected ':' after conversion specifier");
      }
    }
    size_t spec_start = pos;
    int count = 1;
    while (pos < s.size()) {
      c = s[pos++];
      if (c == '{') {
        item.spec_needs_expanding = true;
        ++count;
      } else if (c == '}') {
        if (--count == 0) {
          item.format_spec = s.substr(spec_start, pos - 1 - spec_start);
          return;
        }
      }
    }
    raise(&exc::ValueError, "unmatched '{' in format spec");
  }
  if (c != '}') raise(&exc::ValueError, "expected '}' before end of string");
}

}  // namespace

bool MarkupIterator::next(MarkupItem& item) {
  item = MarkupItem();
  if (pos_ >= s_.size()) return false;
  size_t start = pos_;
  char c = 0;
  bool markup_follows = false;
  while (pos_ < s_.size()) {
    c = s_[pos_++];
    if (c == '{' || c == '}') {
      markup_follows = true;
      break;
    }
  }
  bool at_end = pos_ >= s_.size();
  size_t len = pos_ - start;
  if (c == '}' && markup_follows && (at_end || s_[pos_] != '}'))
    raise(&exc::ValueError, "Single '}' encountered in format string");
  if (at_end && c == '{' && markup_follows) raise(&exc::ValueError, "Single '{' encountered in format string");
  if (!at_end) {
    if (markup_follows && s_[pos_] == c) {
      ++pos_;  // "{{" or "}}": the literal keeps one of them
      markup_follows = false;
    } else if (markup_follows) {
      --len;
    }
  }
  item.literal = s_.substr(start, len);
  if (!markup_follows) return true;
  item.field_present = true;
  parse_field(s_, pos_, item);
  return true;
}

// ---- field names -----------------------------------------------------------------

namespace {

// get_integer: the decimal value of s, or -1 when it is empty or not all digits.
int64_t get_integer(std::string_view s) {
  if (s.empty()) return -1;
  int64_t acc = 0;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return -1;
    int d = ch - '0';
    if (acc > (INT64_MAX - d) / 10) raise(&exc::ValueError, "Too many decimal digits in format string");
    acc = acc * 10 + d;
  }
  return acc;
}

struct AutoNumber {
  enum State { Init, Auto, Manual } state = Init;
  int64_t next = 0;
};

// FieldNameIterator: the ".attr" and "[key]" parts after a field's first name.
struct FieldNameIterator {
  std::string_view s;
  size_t pos = 0;
  // False at the end; raises for a malformed part.
  bool next(bool& is_attribute, int64_t& index, std::string_view& name) {
    if (pos >= s.size()) return false;
    char c = s[pos++];
    if (c == '.') {
      is_attribute = true;
      size_t start = pos;
      while (pos < s.size() && s[pos] != '.' && s[pos] != '[') ++pos;
      name = s.substr(start, pos - start);
      index = -1;
    } else if (c == '[') {
      is_attribute = false;
      size_t start = pos;
      while (pos < s.size() && s[pos] != ']') ++pos;
      if (pos >= s.size()) raise(&exc::ValueError, "Missing ']' in format string");
      name = s.substr(start, pos - start);
      ++pos;
      index = get_integer(name);
    } else {
      raise(&exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (name.empty()) raise(&exc::ValueError, "Empty attribute in format string");
    return true;
  }
};

// field_name_split: the first name (and its index, -1 for a keyword) and the rest.
void field_name_split(std::string_view field, std::string_view& first, int64_t& first_idx, FieldNameIterator& rest,
                      AutoNumber* auto_number) {
  size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[') ++i;
  first = field.substr(0, i);
  rest.s = field.substr(i);
  rest.pos = 0;
  first_idx = get_integer(first);
  bool empty = first.empty();
  bool numeric = empty || first_idx != -1;
  if (auto_number) {
    if (auto_number->state == AutoNumber::Init && numeric)
      auto_number->state = empty ? AutoNumber::Auto : AutoNumber::Manual;
    if (numeric) {
      if (auto_number->state == AutoNumber::Manual && empty)
        raise(&exc::ValueError, "cannot switch from manual field specification to automatic field numbering");
      if (auto_number->state == AutoNumber::Auto && !empty)
        raise(&exc::ValueError, "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) first_idx = auto_number->next++;
  }
}

Value sv_str(std::string_view s) { return str_value(std::string(s)); }

// The arguments of one str.format / format_map call.
struct FormatArgs {
  const Value* args = nullptr;  // null for format_map: positional fields are an error
  size_t nargs = 0;
  Tuple* kwnames = nullptr;     // str.format's keywords, values after the positionals
  const Value* kwvalues = nullptr;
  Value mapping;                // format_map's mapping

  Value keyword(std::string_view name) const {
    if (!mapping.is_null()) return getitem(mapping, sv_str(name));
    for (size_t k = 0; kwnames && k < kwnames->items.size(); ++k)
      if (kwnames->items[k].as<Str>()->data == name) return kwvalues[k];
    raise_key_error(sv_str(name));
  }
};

Value get_field_object(std::string_view field, const FormatArgs& a, AutoNumber* auto_number) {
  std::string_view first;
  int64_t index;
  FieldNameIterator rest;
  field_name_split(field, first, index, rest, auto_number);
  Value obj;
  if (index == -1) {
    obj = a.keyword(first);
  } else {
    if (a.args == nullptr) raise(&exc::ValueError, "Format string contains positional fields");
    if (static_cast<uint64_t>(index) >= a.nargs)
      raise(&exc::IndexError, "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
    obj = a.args[index];
  }
  bool is_attribute;
  std::string_view name;
  while (rest.next(is_attribute, index, name)) {
    if (is_attribute) obj = getattr(obj, intern(name));
    else if (index == -1) obj = getitem(obj, sv_str(name));
    else obj = getitem(obj, make_int(index));
  }
  return obj;
}

// render_field: format(obj, spec), the exact builtin types without a spec object.
void render_field(std::string& out, Value obj, std::string_view spec) {
  Type* t = type_of(obj);
  if (t == &types::str) {
    if (spec.empty()) out += obj.as<Str>()->data;
    else out += format_str(obj.as<Str>()->data, spec, t->name);
    return;
  }
  if (t == &types::int_ && !spec.empty()) {
    out += format_int(obj, spec, t->name);
    return;
  }
  if (t == &types::float_ && !spec.empty()) {
    out += format_float(obj.as_float(), spec, t->name);
    return;
  }
  out += format(obj, sv_str(spec)).as<Str>()->data;
}

void build_string(std::string& out, std::string_view fmt, const FormatArgs& a, int depth, AutoNumber* auto_number);

void output_markup(std::string& out, const MarkupItem& item, const FormatArgs& a, int depth,
                   AutoNumber* auto_number) {
  Value obj = get_field_object(item.field_name, a, auto_number);
  switch (item.conversion) {
    case 0: break;
    case 'r': obj = repr(obj); break;
    case 's': obj = to_str(obj); break;
    case 'a': obj = str_value(ascii_escape(repr(obj).as<Str>()->data)); break;
    default: {
      uint32_t c = item.conversion;
      char buf[64];
      if (c > 32 && c < 127) std::snprintf(buf, sizeof buf, "Unknown conversion specifier %c", static_cast<char>(c));
      else std::snprintf(buf, sizeof buf, "Unknown conversion specifier \\x%x", c);
      raise(&exc::ValueError, buf);
    }
  }
  if (item.spec_needs_expanding) {
    std::string spec;
    build_string(spec, item.format_spec, a, depth - 1, auto_number);
    render_field(out, obj, spec);
  } else {
    render_field(out, obj, item.format_spec);
  }
}

void build_string(std::string& out, std::string_view fmt, const FormatArgs& a, int depth, AutoNumber* auto_number) {
  if (depth <= 0) raise(&exc::ValueError, "Max string recursion exceeded");
  MarkupIterator it(fmt);
  MarkupItem item;
  while (it.next(item)) {
    out += item.literal;
    if (item.field_present) output_markup(out, item, a, depth, auto_number);
  }
}

Value do_format(Value self, const FormatArgs& a) {
  const std::string& fmt = self.as<Str>()->data;
  std::string out;
  out.reserve(fmt.size() + 16);
  AutoNumber auto_number;
  build_string(out, fmt, a, 2, &auto_number);
  return str_value(std::move(out));
}

}  // namespace

// ---- the methods ----------------------------------------------------------------

// format($self, /, *args, **kwargs): accepts every call, so no Signature.
Value str_format_method(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  FormatArgs a;
  size_t nkw = keyword_count(kwnames);
  a.args = args;
  a.nargs = nargs - nkw;
  if (nkw) {
    a.kwnames = kwnames;
    a.kwvalues = args + a.nargs;
  }
  return do_format(self, a);
}

Value str_format_map_method(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  if (keyword_count(kwnames)) raise(&exc::TypeError, "str.format_map() takes no keyword arguments");
  if (nargs != 1)
    raise(&exc::TypeError, "str.format_map() takes exactly one argument (" + std::to_string(nargs) + " given)");
  FormatArgs a;
  a.mapping = args[0];
  return do_format(self, a);
}

Value str_format(Value self, Value* args, size_t nargs, Value kwargs_mapping) {
  FormatArgs a;
  a.args = args;
  a.nargs = nargs;
  a.mapping = kwargs_mapping;
  return do_format(self, a);
}

// ---- string.Formatter's hooks (the future _string module) -----------------------------

Value formatter_parser(Value str) {
  std::string_view s = str.as<Str>()->data;
  MarkupIterator it(s);
  MarkupItem item;
  std::vector<Value> items;
  while (it.next(item)) {
    Value field = item.field_present ? sv_str(item.field_name) : Value::none();
    Value spec = item.field_present ? sv_str(item.format_spec) : Value::none();
    Value conv = Value::none();
    if (item.conversion) {
      std::string c;
      text::append_utf8(c, item.conversion);
      conv = str_value(std::move(c));
    }
    items.push_back(tuple_value({sv_str(item.literal), field, spec, conv}));
  }
  return Value::object(new_list(std::move(items)));
}

Value formatter_field_name_split(Value str) {
  std::string_view s = str.as<Str>()->data;
  std::string_view first;
  int64_t index;
  FieldNameIterator rest;
  field_name_split(s, first, index, rest, nullptr);
  Value first_value = index == -1 ? sv_str(first) : make_int(index);
  std::vector<Value> parts;
  bool is_attribute;
  std::string_view name;
  while (rest.next(is_attribute, index, name))
    parts.push_back(tuple_value({Value::boolean(is_attribute), index == -1 ? sv_str(name) : make_int(index)}));
  return tuple_value({first_value, Value::object(new_list(std::move(parts)))});
}

}  // namespace rt
