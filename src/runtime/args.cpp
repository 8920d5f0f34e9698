// Signature: parsing the declaration text once, and binding each call's
// arguments with CPython 3.11's error messages (see args.h for the rules).
#include "runtime/args.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/str.h"
#include "runtime/ops.h"

namespace rt {

namespace {

// A malformed declaration is a bug in the VM, not a user error.
[[noreturn]] void bad_signature(std::string_view text, const char* why) {
  std::fprintf(stderr, "pyvm: bad native signature \"%.*s\": %s\n", static_cast<int>(text.size()), text.data(),
               why);
  std::abort();
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// The parameter list split at top-level commas (quoted defaults may hold commas).
std::vector<std::string_view> split_params(std::string_view text, std::string_view inner) {
  std::vector<std::string_view> out;
  size_t start = 0;
  char quote = 0;
  for (size_t i = 0; i < inner.size(); ++i) {
    char c = inner[i];
    if (quote) {
      if (c == '\\') ++i;
      else if (c == quote) quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == ',') {
      out.push_back(trim(inner.substr(start, i - start)));
      start = i + 1;
    }
  }
  if (quote) bad_signature(text, "unterminated string default");
  std::string_view last = trim(inner.substr(start));
  if (!last.empty() || !out.empty()) out.push_back(last);
  return out;
}

bool parse_string_literal(std::string_view s, std::string& out) {
  if (s.size() < 2 || (s.front() != '\'' && s.front() != '"') || s.back() != s.front()) return false;
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    char c = s[i];
    if (c != '\\') {
      out += c;
      continue;
    }
    char e = s[++i];
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case '0': out += '\0'; break;
      default: out += e; break;  // \\ \' \"
    }
  }
  return true;
}

void parse_default(std::string_view text, std::string_view d, Signature::Param& p) {
  using D = Signature::Default;
  if (d == "None") { p.def = D::None; return; }
  if (d == "True") { p.def = D::True; return; }
  if (d == "False") { p.def = D::False; return; }
  if (parse_string_literal(d, p.str_value)) { p.def = D::Str; return; }
  std::string s(d);
  char* end = nullptr;
  if (!s.empty() && (std::isdigit(static_cast<unsigned char>(s[0])) || s[0] == '-')) {
    long long i = std::strtoll(s.c_str(), &end, 10);
    if (end && *end == 0) {
      if (!Value::fits_small(i)) bad_signature(text, "integer default out of range");
      p.def = D::Int;
      p.int_value = i;
      return;
    }
    double f = std::strtod(s.c_str(), &end);
    if (end && *end == 0) {
      p.def = D::Float;
      p.float_value = f;
      return;
    }
  }
  p.def = D::Unrepresented;  // an expression (sys.maxsize, math.e, <unrepresentable>): the function decides
}

std::string plural(size_t n, const char* word) { return std::string(word) + (n == 1 ? "" : "s"); }

long find_keyword(Tuple* kwnames, const std::string& name) {
  if (!kwnames) return -1;
  const auto& names = kwnames->items;
  for (size_t j = 0; j < names.size(); ++j)
    if (names[j].as<Str>()->data == name) return static_cast<long>(j);
  return -1;
}

}  // namespace

Signature::Signature(std::string_view text, ArgStyle style) {
  parse_text(text);
  bool keywords = false;
  for (const Param& p : params_) keywords |= p.kind != Kind::PositionalOnly;
  if (!group_counts_.empty()) style_ = Style::Groups;
  else if (style == ArgStyle::ParseTuple || style == ArgStyle::ParseTupleUnnamed) style_ = Style::ParseTuple;
  else if (style == ArgStyle::CheckPositional && !keywords) style_ = Style::Positional;
  else if (keywords) style_ = Style::Keywords;
  else if (varargs_ || varkw_) style_ = Style::Positional;
  else if (params_.empty()) style_ = Style::NoArgs;
  else if (params_.size() == 1 && params_[0].required()) style_ = Style::OneArg;
  else style_ = Style::Positional;
  check_positional_ = style == ArgStyle::CheckPositional;
  unnamed_ = style == ArgStyle::ParseTupleUnnamed;
  str_defaults_.assign(params_.size(), Value::null());
}

void Signature::parse_text(std::string_view text) {
  size_t open = text.find('(');
  if (open == std::string_view::npos || text.back() != ')') bad_signature(text, "expected name(...)");
  std::string_view full = trim(text.substr(0, open));
  size_t dot = full.rfind('.');
  if (dot != std::string_view::npos) {
    qualifier_ = std::string(full.substr(0, dot));
    name_ = std::string(full.substr(dot + 1));
  } else {
    name_ = std::string(full);
  }
  std::string_view inner = text.substr(open + 1, text.size() - open - 2);
  text_signature_ = "(" + std::string(inner) + ")";

  bool keyword_only = false, in_group = false, seen_group = false;
  for (std::string_view item : split_params(text, inner)) {
    bool opens = false, closes = false;
    if (!item.empty() && item.front() == '[') {
      opens = true;
      item = trim(item.substr(1));
    }
    if (!item.empty() && item.back() == ']') {
      closes = true;
      item = trim(item.substr(0, item.size() - 1));
    }
    if (opens) {
      if (in_group) bad_signature(text, "nested optional groups");
      if (!seen_group) group_counts_.push_back(static_cast<uint8_t>(params_.size()));
      in_group = seen_group = true;
    }
    if (item.empty()) bad_signature(text, "empty parameter");
    if (item[0] == '$') {
      if (!params_.empty() || self_ != SelfKind::None) bad_signature(text, "$self must come first");
      if (item == "$self") self_ = SelfKind::Self;
      else if (item == "$type") self_ = SelfKind::Type;
      else if (item == "$module") self_ = SelfKind::Module;
      else bad_signature(text, "unknown $ parameter");
      continue;
    }
    if (item == "/") {
      for (Param& p : params_) {
        if (p.kind != Kind::PositionalOrKeyword) bad_signature(text, "'/' after '*'");
        p.kind = Kind::PositionalOnly;
      }
      continue;
    }
    if (item[0] == '*') {
      if (item.size() >= 2 && item[1] == '*') {
        varkw_ = true;
      } else {
        if (keyword_only) bad_signature(text, "two '*'");
        keyword_only = true;
        varargs_ = item.size() > 1;
      }
      continue;
    }
    if (varkw_) bad_signature(text, "parameter after **kwargs");
    Param p;
    size_t eq = item.find('=');
    p.name = std::string(trim(item.substr(0, eq)));
    if (eq != std::string_view::npos) parse_default(text, trim(item.substr(eq + 1)), p);
    else if (in_group) p.def = Default::Unrepresented;
    p.kind = keyword_only ? Kind::KeywordOnly : Kind::PositionalOrKeyword;
    params_.push_back(std::move(p));
    if (closes) {
      if (!in_group) bad_signature(text, "']' without '['");
      group_counts_.push_back(static_cast<uint8_t>(params_.size()));
      in_group = false;
    }
  }
  if (in_group) bad_signature(text, "unclosed '['");
  if (params_.size() > 255) bad_signature(text, "too many parameters");

  bool optional_seen = false;
  for (const Param& p : params_) {
    if (p.kind == Kind::KeywordOnly) {
      if (p.required()) ++minkw_;
      continue;
    }
    if (p.kind == Kind::PositionalOnly) ++posonly_;
    ++maxpos_;
    if (p.required()) {
      if (optional_seen) bad_signature(text, "required parameter after an optional one");
      ++minpos_;
    } else {
      optional_seen = true;
    }
  }
  if (!group_counts_.empty() && (varargs_ || varkw_ || posonly_ != 0 || maxpos_ != params_.size()))
    bad_signature(text, "optional groups take plain positional parameters only");
}

Value Signature::default_value(size_t i) const {
  const Param& p = params_[i];
  switch (p.def) {
    case Default::Required:
    case Default::Unrepresented: return Value::null();
    case Default::None: return Value::none();
    case Default::True: return Value::boolean(true);
    case Default::False: return Value::boolean(false);
    case Default::Int: return Value::small_int(p.int_value);
    case Default::Float: return Value::from_double(p.float_value);
    case Default::Str:
      // Interned strings are roots of the collector, so the cache stays valid.
      if (str_defaults_[i].is_null()) str_defaults_[i] = Value::object(intern(p.str_value));
      return str_defaults_[i];
  }
  return Value::null();
}

std::string Signature::qualified_name(Value self) const {
  if (!qualifier_.empty()) return qualifier_ + "." + name_;
  Type* t = nullptr;
  if (self_ == SelfKind::Self && !self.is_null()) t = type_of(self);
  else if (self_ == SelfKind::Type && !self.is_null() && isinstance(self, &types::type)) t = self.as<Type>();
  if (!t) return name_;
  // The class that defines it: the first in the MRO holding a native function
  // of that name (a Python override calling up through super() is skipped;
  // class methods sit in the dict wrapped in a classmethod).
  Str* key = intern(name_);
  auto defines = [&](Type* k) {
    Value v = k->dict ? k->dict->get_str(key) : Value::null();
    return !v.is_null() && (is_builtin_type(type_of(v)) || self_ == SelfKind::Type);
  };
  if (t->mro) {
    for (Value k : t->mro->items)
      if (defines(k.as<Type>())) return k.as<Type>()->name + "." + name_;
  } else {
    for (Type* k = t; k; k = k->base)
      if (defines(k)) return k->name + "." + name_;
  }
  return t->name + "." + name_;
}

Signature::Rest Signature::parse(Value self, Value* args, size_t nargs, Tuple* kwnames, Value* out) const {
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  size_t npos = nargs - nkw;
  Rest rest;
  if (nkw == 0 && npos >= minpos_ && (npos <= maxpos_ || varargs_) && minkw_ == 0 && style_ != Style::Groups) {
    size_t n = std::min<size_t>(npos, maxpos_);
    for (size_t i = 0; i < n; ++i) out[i] = args[i];
    for (size_t i = n; i < params_.size(); ++i) out[i] = default_value(i);
    rest.varargs = args + n;
    rest.nvarargs = npos - n;
    return rest;
  }
  if (style_ == Style::Keywords) bind_keywords(self, args, npos, kwnames, out, rest);
  else bind_positional(self, args, npos, kwnames, out, rest);
  return rest;
}

void Signature::positional_count_error(Value self, size_t npos) const {
  const std::string given = std::to_string(npos);
  size_t bound = npos < minpos_ ? minpos_ : maxpos_;
  switch (style_) {
    case Style::NoArgs:
      raise(&exc::TypeError, qualified_name(self) + "() takes no arguments (" + given + " given)");
    case Style::OneArg:
      raise(&exc::TypeError, qualified_name(self) + "() takes exactly one argument (" + given + " given)");
    case Style::ParseTuple: {
      // PyArg_ParseTuple names the function as its format string spells it
      // after ':' ("find", "BaseExceptionGroup.__new__"), else "function".
      std::string fn = unnamed_ ? "function" : (qualifier_.empty() ? name_ : qualifier_ + "." + name_) + "()";
      const char* how = minpos_ == maxpos_ ? "exactly" : npos < minpos_ ? "at least" : "at most";
      raise(&exc::TypeError, fn + " takes " + how + " " + std::to_string(bound) + " " +
                                 plural(bound, "argument") + " (" + given + " given)");
    }
    default: {  // Positional (and Keywords under ArgStyle::CheckPositional): _PyArg_CheckPositional
      const char* how = minpos_ == maxpos_ && !varargs_ ? "" : npos < minpos_ ? "at least " : "at most ";
      raise(&exc::TypeError, name_ + " expected " + how + std::to_string(bound) + " " + plural(bound, "argument") +
                                 ", got " + given);
    }
  }
}

void Signature::bind_positional(Value self, Value* args, size_t npos, Tuple* kwnames, Value* out,
                                Rest& rest) const {
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  if (nkw && !varkw_) {
    // METH_VARARGS functions (optional groups) are named bare by cfunction_call.
    std::string who = style_ == Style::Groups && self_ != SelfKind::Self ? name_ : qualified_name(self);
    raise(&exc::TypeError, who + "() takes no keyword arguments");
  }
  if (style_ == Style::Groups) {
    if (std::find(group_counts_.begin(), group_counts_.end(), npos) == group_counts_.end())
      raise(&exc::TypeError, qualified_name(self) + " requires " + std::to_string(group_counts_.front()) + " to " +
                                 std::to_string(group_counts_.back()) + " arguments");
  } else if (npos < minpos_ || (npos > maxpos_ && !varargs_)) {
    positional_count_error(self, npos);
  }
  size_t n = std::min<size_t>(npos, maxpos_);
  for (size_t i = 0; i < n; ++i) out[i] = args[i];
  for (size_t i = n; i < params_.size(); ++i) out[i] = default_value(i);
  rest.varargs = args + n;
  rest.nvarargs = npos - n;
  if (nkw) {
    rest.kwargs = new_dict();
    for (size_t k = 0; k < nkw; ++k) rest.kwargs->set(kwnames->items[k], args[npos + k]);
  }
}

// _PyArg_UnpackKeywords (and ...WithVararg when there is *args), message for message.
void Signature::bind_keywords(Value, Value* args, size_t npos, Tuple* kwnames, Value* out, Rest& rest) const {
  size_t nkw = kwnames ? kwnames->items.size() : 0;
  Value* kwvalues = args + npos;
  size_t maxargs = params_.size();
  size_t minposonly = std::min(posonly_, minpos_);
  const std::string fn = name_ + "()";
  if (check_positional_ && (npos < minpos_ || (npos > maxpos_ && !varargs_))) positional_count_error(Value::null(), npos);
  if (!varargs_) {
    if (!varkw_ && npos + nkw > maxargs)
      raise(&exc::TypeError, fn + " takes at most " + std::to_string(maxargs) + " " + (npos == 0 ? "keyword " : "") +
                                 plural(maxargs, "argument") + " (" + std::to_string(npos + nkw) + " given)");
    if (npos > maxpos_) {
      if (maxpos_ == 0) raise(&exc::TypeError, fn + " takes no positional arguments");
      raise(&exc::TypeError, fn + " takes " + (minpos_ < maxpos_ ? "at most " : "exactly ") +
                                 std::to_string(maxpos_) + " " + plural(maxpos_, "positional argument") + " (" +
                                 std::to_string(npos) + " given)");
    }
  }
  if (npos < minposonly)
    raise(&exc::TypeError, fn + " takes " + (minposonly < maxpos_ ? "at least " : "exactly ") +
                               std::to_string(minposonly) + " " + plural(minposonly, "positional argument") + " (" +
                               std::to_string(npos) + " given)");

  size_t filled = std::min<size_t>(npos, maxpos_);
  for (size_t i = 0; i < filled; ++i) out[i] = args[i];
  rest.varargs = args + filled;
  rest.nvarargs = npos - filled;
  // Positional-only parameters left out are optional (checked above).
  for (size_t i = filled; i < posonly_; ++i) out[i] = default_value(i);

  std::vector<char> used(nkw, 0);
  size_t remaining = nkw;
  for (size_t i = std::max<size_t>(filled, posonly_); i < maxargs; ++i) {
    long j = remaining ? find_keyword(kwnames, params_[i].name) : -1;
    if (j >= 0) {
      out[i] = kwvalues[j];
      used[j] = 1;
      --remaining;
    } else if (params_[i].required()) {
      raise(&exc::TypeError, fn + " missing required argument '" + params_[i].name + "' (pos " +
                                 std::to_string(i + 1) + ")");
    } else {
      out[i] = default_value(i);
    }
  }
  if (remaining == 0) return;

  if (!varargs_ || varkw_) {
    for (size_t i = posonly_; i < filled; ++i)
      if (find_keyword(kwnames, params_[i].name) >= 0)
        raise(&exc::TypeError, "argument for " + fn + " given by name ('" + params_[i].name + "') and position (" +
                                   std::to_string(i + 1) + ")");
  }
  if (varkw_) {
    rest.kwargs = new_dict();
    for (size_t k = 0; k < nkw; ++k)
      if (!used[k]) rest.kwargs->set(kwnames->items[k], kwvalues[k]);
    return;
  }
  for (size_t k = 0; k < nkw; ++k) {
    const std::string& key = kwnames->items[k].as<Str>()->data;
    bool known = false;
    for (size_t i = posonly_; i < maxargs && !known; ++i) known = params_[i].name == key;
    if (!known) raise(&exc::TypeError, "'" + key + "' is an invalid keyword argument for " + fn);
  }
  raise(&exc::TypeError, "invalid keyword argument for " + fn);
}

}  // namespace rt
