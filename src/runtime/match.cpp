#include "runtime/match.h"

#include "runtime/objects/containers.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/set.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace rt {

bool match_is_sequence(Value subject) { return type_of(subject)->flags & kSequence; }
bool match_is_mapping(Value subject) { return type_of(subject)->flags & kMapping; }

Value match_keys(Value subject, Tuple* keys) {
  if (keys->items.empty()) return Value::object(new_tuple());
  // The two-argument get() checks and fetches at once and never creates keys
  // (defaultdict); a fresh object as the default tells "missing" apart.
  Value get = getattr(subject, intern("get"));
  Value missing = call(type_value(&types::object), nullptr, 0);
  Set* seen = new_set();
  std::vector<Value> values;
  for (Value key : keys->items) {
    if (seen->contains(key)) raise(&exc::ValueError, "mapping pattern checks duplicate key (" + repr_string(key) + ")");
    seen->add(key);
    Value args[2] = {key, missing};
    Value v = call(get, args, 2);
    if (v.is_object() && v.as_object() == missing.as_object()) return Value::none();
    values.push_back(v);
  }
  return Value::object(new_tuple(std::move(values)));
}

namespace {

// getattr(subject, name) for one sub-pattern; null if missing. `seen` holds
// the names used so far (a handful: a vector beats a set here).
Value match_class_attr(Value subject, Type* cls, Value name, std::vector<Str*>& seen) {
  Str* s = name.as<Str>();
  for (Str* other : seen)
    if (other == s || other->data == s->data)
      raise(&exc::TypeError, cls->name + "() got multiple sub-patterns for attribute " + repr_string(name));
  seen.push_back(s);
  return getattr_opt(subject, s);
}

}  // namespace

Value match_class(Value subject, Value cls_value, size_t nargs, Tuple* kwnames) {
  if (!is_type_object(cls_value)) raise(&exc::TypeError, "called match pattern must be a type");
  Type* cls = cls_value.as<Type>();
  const bool instance = type_of(subject) == cls ||
                        (type_of(cls_value) == &types::type ? is_subtype(type_of(subject), cls)
                                                            : object_isinstance(subject, cls_value));
  if (!instance) return Value::none();
  std::vector<Str*> seen;
  std::vector<Value> attrs;
  attrs.reserve(nargs + kwnames->items.size());
  if (nargs) {
    bool match_self = false;
    static Str* const match_args_name = intern("__match_args__");
    Value match_args = getattr_opt(cls_value, match_args_name);
    if (match_args.is_null()) {
      // Only types without __match_args__ match themselves: a subclass that
      // defines it loses the behaviour.
      match_args = Value::object(new_tuple());
      match_self = cls->flags & kMatchSelf;
    } else if (!is_type(match_args, &types::tuple)) {
      raise(&exc::TypeError, cls->name + ".__match_args__ must be a tuple (got " + type_name(match_args) + ")");
    }
    const auto& names = match_args.as<Tuple>()->items;
    size_t allowed = match_self ? 1 : names.size();
    if (allowed < nargs)
      raise(&exc::TypeError, cls->name + "() accepts " + std::to_string(allowed) + " positional sub-pattern" +
                                 (allowed == 1 ? "" : "s") + " (" + std::to_string(nargs) + " given)");
    if (match_self) {
      attrs.push_back(subject);
    } else {
      for (size_t i = 0; i < nargs; ++i) {
        Value name = names[i];
        if (!is_type(name, &types::str))
          raise(&exc::TypeError, "__match_args__ elements must be strings (got " + type_name(name) + ")");
        Value attr = match_class_attr(subject, cls, name, seen);
        if (attr.is_null()) return Value::none();
        attrs.push_back(attr);
      }
    }
  }
  for (Value name : kwnames->items) {
    Value attr = match_class_attr(subject, cls, name, seen);
    if (attr.is_null()) return Value::none();
    attrs.push_back(attr);
  }
  return Value::object(new_tuple(std::move(attrs)));
}

void init_match_flags() {
  for (Type* t : {&types::list, &types::tuple, &types::range}) t->flags |= kSequence;
  for (Type* t : {&types::dict, &types::mappingproxy}) t->flags |= kMapping;
  for (Type* t : {&types::bool_, &types::dict, &types::float_, &types::frozenset, &types::int_, &types::list,
                  &types::set, &types::str, &types::tuple})
    t->flags |= kMatchSelf;
}

}  // namespace rt
