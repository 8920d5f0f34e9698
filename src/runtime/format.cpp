// format(value, spec) (CPython's PyObject_Format) and the __format__ of the
// builtin types int, bool, float and str; the mini-language itself is in
// format_spec.cpp.
#include "runtime/format.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/int.h"
#include "runtime/objects/layouts.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

Value format_builtin(Value self, Value spec_value) {
  const std::string& spec = spec_value.as<Str>()->data;
  // An empty spec is str(self): a subclass's own __str__ counts.
  if (spec.empty()) return is_type(self, &types::str) ? self : to_str(self);
  Type* t = type_of(self);
  if (isinstance(self, &types::str)) return str_value(format_str(self.as<Str>()->data, spec, t->name));
  if (isinstance(self, &types::float_)) return str_value(format_float(float_value(self).as_float(), spec, t->name));
  if (is_int(self)) return str_value(format_int(self, spec, t->name));
  raise(&exc::TypeError, "unsupported format string passed to " + t->name + ".__format__");
}

Value format(Value v, Value spec_value) {
  Type* t = type_of(v);
  // The exact builtin types go straight to their formatter (as CPython's
  // str.format does); everything else asks type(v).__format__.
  if (t == &types::str || t == &types::int_ || t == &types::bool_ || t == &types::float_)
    return format_builtin(v, spec_value);
  Value f = type_lookup(t, names::format);
  if (f.is_null()) raise(&exc::TypeError, "Type " + t->name + " doesn't define __format__");
  Value r = call_with_self(f, v, t, &spec_value, 1, nullptr);
  if (!isinstance(r, &types::str)) raise(&exc::TypeError, "__format__ must return a str, not " + type_name(r));
  return r;
}

std::string format_float_repr(double d) { return text::repr_float(d); }

}  // namespace rt
