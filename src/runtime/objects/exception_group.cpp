// BaseExceptionGroup and ExceptionGroup (PEP 654) as CPython 3.11 has them:
// the types and their methods (Objects/exceptions.c: BaseExceptionGroup_new,
// derive, split, subgroup, __str__, the message/exceptions members) and the
// two operations behind except* (ceval.c's exception_group_match and
// exceptions.c's _PyExc_PrepReraiseStar).
#include "runtime/objects/exception_group.h"

#include <algorithm>
#include <cassert>
#include <unordered_set>

#include "runtime/methods_util.h"
#include "runtime/objects/descr.h"
#include "runtime/objects/type.h"

namespace rt {

namespace {

// PyBaseExceptionGroupObject: a BaseException with its message and its
// exceptions. Single inheritance keeps ExceptionObj (and so its InstanceAttrs,
// at BaseException's attrs_offset) at the start, so user subclasses share it.
struct ExceptionGroupObj : ExceptionObj {
  Value message;  // a str once __new__ ran
  Tuple* excs;    // never empty once __new__ ran
  explicit ExceptionGroupObj(Type* t) : ExceptionObj(t, new_tuple()), message(Value::none()), excs(new_tuple()) {}
  void trace(Tracer& t) override {
    ExceptionObj::trace(t);
    t.mark(message);
    t.mark(excs);
  }
};

Object* alloc_exception_group(Type* t) { return heap().make<ExceptionGroupObj>(t); }

ExceptionGroupObj* as_group(Value v) {
  assert(is_exception_group(v));
  return static_cast<ExceptionGroupObj*>(v.as_object());
}

bool is_exception_instance(Value v) { return v.is_object() && v.as_object()->type->is_exception; }
bool is_exception_class(Value v) { return is_type_object(v) && v.as<Type>()->is_exception; }

// BaseExceptionGroup(message, excs) through the type's call, as CPython's
// _PyExc_CreateExceptionGroup and derive() do: __new__ picks ExceptionGroup
// when every item is an Exception. `excs` keeps its own type in args.
Value create_exception_group(Value message, Value excs) {
  Value args[2] = {message, excs};
  return call(type_value(&exc::BaseExceptionGroup), args, 2);
}

// ---- __new__, __init__, __str__, members ---------------------------------------------

// The class argument of T.__new__(cls, ...), checked as tp_new_wrapper does.
Type* new_target(Value* args, size_t npos) {
  const std::string self_name = "BaseExceptionGroup.__new__";
  if (npos == 0) raise(&exc::TypeError, self_name + "(): not enough arguments");
  if (!is_type_object(args[0]))
    raise(&exc::TypeError, self_name + "(X): X is not a type object (" + type_name(args[0]) + ")");
  Type* cls = args[0].as<Type>();
  if (!is_subtype(cls, &exc::BaseExceptionGroup))
    raise(&exc::TypeError, self_name + "(" + cls->name + "): " + cls->name + " is not a subtype of BaseExceptionGroup");
  return cls;
}

// The items of the exceptions argument, as a tuple, checked as CPython does.
Tuple* exceptions_tuple(Value exceptions) {
  if (!is_sequence(exceptions)) raise(&exc::TypeError, "second argument (exceptions) must be a sequence");
  Tuple* excs = new_tuple(iterate(exceptions));
  if (excs->items.empty()) raise(&exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
  for (size_t i = 0; i < excs->items.size(); ++i)
    if (!is_exception_instance(excs->items[i]))
      raise(&exc::ValueError, "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
  return excs;
}

// The class the new group gets: ExceptionGroup refuses BaseExceptions (and so
// do user classes deriving from Exception); BaseExceptionGroup of only
// Exceptions becomes an ExceptionGroup.
Type* group_class(Type* cls, Tuple* excs) {
  bool nested_base_exceptions = false;
  for (Value e : excs->items) nested_base_exceptions |= !isinstance(e, &exc::Exception);
  if (cls == &exc::ExceptionGroup) {
    if (nested_base_exceptions) raise(&exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (cls == &exc::BaseExceptionGroup) {
    if (!nested_base_exceptions) cls = &exc::ExceptionGroup;
  } else if (nested_base_exceptions && is_subtype(cls, &exc::Exception)) {
    raise(&exc::TypeError, "Cannot nest BaseExceptions in '" + cls->name + "'");
  }
  return cls;
}

Value eg_new(Value, Value* args, size_t nargs, Tuple* kwnames) {
  size_t npos = nargs - keyword_count(kwnames);
  Type* cls = new_target(args, npos);
  // Keywords are BaseExceptionGroup.__init__'s to refuse, as BaseException_new ignores them.
  static const Signature sig("BaseExceptionGroup.__new__(message, exceptions, /)", ArgStyle::ParseTuple);
  auto [message, exceptions] = sig.bind<2>(Value::null(), args + 1, npos - 1, nullptr);
  if (!isinstance(message, &types::str))
    raise(&exc::TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not " +
                               (message.is_none() ? "None" : type_name(message)));
  Tuple* excs = exceptions_tuple(exceptions);
  cls = group_class(cls, excs);
  auto* eg = static_cast<ExceptionGroupObj*>(cls->alloc(cls));
  eg->args = new_tuple({message, exceptions});
  eg->message = message;
  eg->excs = excs;
  return Value::object(eg);
}

// BaseExceptionGroup_init is BaseException_init (no keywords; args = the
// arguments); it has its own entry in the dict as in CPython.
Value eg_init(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  Value base_init = exc::BaseException.dict->get_str(names::init);
  return call_with_self(base_init, self, &exc::BaseException, args, nargs, kwnames);
}

Value eg_str(Value self) {
  auto* eg = as_group(self);
  size_t n = eg->excs->items.size();
  return str_value(str_string(eg->message) + " (" + std::to_string(n) + " sub-exception" + (n > 1 ? "s" : "") + ")");
}

Value eg_message(Value self) { return as_group(self)->message; }
Value eg_exceptions(Value self) { return Value::object(as_group(self)->excs); }

Value eg_derive(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("derive($self, excs, /)", ArgStyle::ParseTupleUnnamed);
  auto [excs] = sig.bind<1>(self, args, nargs, kw);
  return create_exception_group(as_group(self)->message, excs);
}

// ---- split and subgroup --------------------------------------------------------------

// What split() and subgroup() select by (CPython's _exceptiongroup_split_matcher_type).
struct Matcher {
  enum Kind { ByType, ByPredicate, InstanceIds } kind;
  Value value;                                    // the type(s) or the predicate
  const std::unordered_set<const Object*>* ids;  // InstanceIds: the leaves to keep

  bool matches(Value exc) const;
};

// PyErr_GivenExceptionMatches: exc's class is a subclass of match_type (or of
// one in a tuple of them), or is match_type itself when that is no exception
// class; no __subclasscheck__, no errors.
bool given_exception_matches(Value exc, Value match_type) {
  if (is_type(match_type, &types::tuple)) {
    for (Value t : match_type.as<Tuple>()->items)
      if (given_exception_matches(exc, t)) return true;
    return false;
  }
  if (is_exception_class(match_type)) return is_subtype(type_of(exc), match_type.as<Type>());
  return type_value(type_of(exc)) == match_type;
}

bool Matcher::matches(Value exc) const {
  switch (kind) {
    case ByType:
      return given_exception_matches(exc, value);
    case ByPredicate: {
      Value result = call(value, &exc, 1);
      return truthy(result);
    }
    case InstanceIds:
      return !is_exception_group(exc) && ids->count(exc.as_object());
  }
  return false;
}

// get_matcher_type: a Python function is a predicate (3.11 takes no other
// callables); else an exception class or a tuple of them.
Matcher matcher_for(Value value) {
  if (is_type(value, &types::function)) return {Matcher::ByPredicate, value, nullptr};
  if (is_exception_class(value)) return {Matcher::ByType, value, nullptr};
  if (is_type(value, &types::tuple)) {
    bool all_classes = true;
    for (Value t : value.as<Tuple>()->items) all_classes &= is_exception_class(t);
    if (all_classes) return {Matcher::ByType, value, nullptr};
  }
  raise(&exc::TypeError, "expected a function, exception type or tuple of exception types");
}

// The part of `orig` holding `excs` (a sub-sequence of its exceptions), made
// by orig.derive(excs) and given orig's traceback, cause, context and a copy
// of its notes (exceptiongroup_subset); null when excs is empty.
Value group_subset(Value orig, std::vector<Value> excs) {
  if (excs.empty()) return Value::null();
  Value derive = getattr(orig, intern("derive"));
  Value arg = Value::object(new_list(std::move(excs)));
  Value eg = call(derive, &arg, 1);
  if (!is_exception_group(eg)) raise(&exc::TypeError, "derive must return an instance of BaseExceptionGroup");
  Value tb = exception_traceback(orig);
  if (!tb.is_none()) set_exception_traceback(eg, tb);
  auto* from = orig.as<ExceptionObj>();
  auto* to = eg.as<ExceptionObj>();
  to->context = from->context;
  // PyException_SetCause also sets __suppress_context__, whatever the cause.
  to->cause = from->cause;
  to->suppress_context = true;
  Value notes = getattr_opt(orig, intern("__notes__"));
  // Notes that are not a sequence are a user error split() does not report.
  if (!notes.is_null() && is_sequence(notes))
    setattr(eg, intern("__notes__"), Value::object(new_list(iterate(notes))));
  return eg;
}

struct SplitResult {
  Value match = Value::null();  // null: nothing
  Value rest = Value::null();
};

// exceptiongroup_split_recursive: a matching exception is kept whole (the
// group itself when it matches: no copy); a group that does not match is
// rebuilt from the parts of its members that do (and, with `construct_rest`,
// from those that do not).
SplitResult split_recursive(Value exc, const Matcher& matcher, bool construct_rest) {
  SplitResult result;
  if (matcher.matches(exc)) {
    result.match = exc;
    return result;
  }
  if (!is_exception_group(exc)) {
    if (construct_rest) result.rest = exc;
    return result;
  }
  std::vector<Value> match_list, rest_list;
  for (Value e : as_group(exc)->excs->items) {
    RecursionGuard guard(" in exceptiongroup_split_recursive");
    SplitResult part = split_recursive(e, matcher, construct_rest);
    if (!part.match.is_null()) match_list.push_back(part.match);
    if (!part.rest.is_null()) rest_list.push_back(part.rest);
  }
  result.match = group_subset(exc, std::move(match_list));
  if (construct_rest) result.rest = group_subset(exc, std::move(rest_list));
  return result;
}

Value or_none(Value v) { return v.is_null() ? Value::none() : v; }

Value eg_split(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("split($self, matcher_value, /)", ArgStyle::CheckPositional);
  auto [matcher_value] = sig.bind<1>(self, args, nargs, kw);
  SplitResult r = split_recursive(self, matcher_for(matcher_value), true);
  return tuple_value({or_none(r.match), or_none(r.rest)});
}

Value eg_subgroup(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("subgroup($self, matcher_value, /)", ArgStyle::CheckPositional);
  auto [matcher_value] = sig.bind<1>(self, args, nargs, kw);
  return or_none(split_recursive(self, matcher_for(matcher_value), false).match);
}

// ---- except* ------------------------------------------------------------------------

// check_except_star_type_valid: except* takes exception classes, never groups.
void check_except_star_type(Value match_type) {
  std::vector<Value> classes = is_type(match_type, &types::tuple) ? match_type.as<Tuple>()->items
                                                                   : std::vector<Value>{match_type};
  for (Value t : classes)
    if (!is_exception_class(t))
      raise(&exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
  for (Value t : classes)
    if (is_subtype(t.as<Type>(), &exc::BaseExceptionGroup))
      raise(&exc::TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
}

void collect_leaf_ids(Value exc, std::unordered_set<const Object*>& ids) {
  if (exc.is_none()) return;
  if (!is_exception_group(exc)) {
    ids.insert(exc.as_object());
    return;
  }
  for (Value e : as_group(exc)->excs->items) {
    RecursionGuard guard(" in collect_exception_group_leaf_ids");
    collect_leaf_ids(e, ids);
  }
}

// exception_group_projection: the part of `eg` whose leaves are leaves of
// the groups in `keep`, with eg's nesting; None when there is none.
Value exception_group_projection(Value eg, const std::vector<Value>& keep) {
  std::unordered_set<const Object*> leaf_ids;
  for (Value e : keep) collect_leaf_ids(e, leaf_ids);
  Matcher by_ids{Matcher::InstanceIds, Value::none(), &leaf_ids};
  return or_none(split_recursive(eg, by_ids, false).match);
}

// Whether `e` is (a part of) `orig` re-raised rather than an exception raised
// anew: CPython compares the traceback, cause and context objects by identity
// (3.11 also compares the `notes` field, which stays NULL there because
// __notes__ lives in the instance dict, so notes never tell them apart).
//
// Our tracebacks are not objects but each exception's vector of entries,
// which grows by one entry for every frame the exception is raised in or
// passes through. So "the same traceback" is "the same entries": a part that
// split() derived from orig got a copy of orig's entries, and a bare `raise`
// (RERAISE) adds none, so it still has them; an exception raised anew in an
// except* body, or re-raised with `raise e`, gained an entry for the raising
// instruction (which is not in the try body where orig's entries end), so
// its entries differ, as CPython's traceback object would.
bool is_same_exception_metadata(Value e, Value orig) {
  if (!is_exception_instance(e)) return false;
  auto* a = e.as<ExceptionObj>();
  auto* b = orig.as<ExceptionObj>();
  auto same_entry = [](const TraceEntry& x, const TraceEntry& y) { return x.code == y.code && x.instr == y.instr; };
  return std::equal(a->traceback.begin(), a->traceback.end(), b->traceback.begin(), b->traceback.end(), same_entry) &&
         a->cause == b->cause && a->context == b->context;
}

const MethodEntry kGroupMethods[] = {
    {"__init__", eg_init},
    {"derive", eg_derive},
    {"split", eg_split},
    {"subgroup", eg_subgroup},
};

}  // namespace

bool is_exception_group(Value v) { return v.is_object() && is_subtype(v.as_object()->type, &exc::BaseExceptionGroup); }

Tuple* exception_group_exceptions(Value eg) { return as_group(eg)->excs; }

Value make_exception_group(const std::string& message, std::vector<Value> excs) {
  return create_exception_group(str_value(message), tuple_value(std::move(excs)));
}

std::pair<Value, Value> exception_group_match(Value exc, Value match_type) {
  check_except_star_type(match_type);
  if (exc.is_none()) return {Value::none(), Value::none()};
  if (given_exception_matches(exc, match_type)) {
    // A full match; a naked exception is wrapped (its traceback stays its own).
    Value match = is_exception_group(exc) ? exc : make_exception_group("", {exc});
    return {match, Value::none()};
  }
  if (!is_exception_group(exc)) return {Value::none(), Value::none()};
  // A partial match, through split() (a subclass may override it).
  Value pair = call(getattr(exc, intern("split")), &match_type, 1);
  if (!is_type(pair, &types::tuple) || pair.as<Tuple>()->items.size() != 2)
    raise(&exc::TypeError, "split() must return a 2-tuple, not " + type_name(pair));
  return {pair.as<Tuple>()->items[0], pair.as<Tuple>()->items[1]};
}

Value prep_reraise_star(Value orig, List* raised) {
  const std::vector<Value>& excs = raised->items;
  if (excs.empty()) return Value::none();
  // A naked exception was caught and wrapped: only one except* clause ran,
  // so there is at most one exception to raise.
  if (!is_exception_group(orig)) return excs[0];
  std::vector<Value> raised_list, reraised_list;
  for (Value e : excs) {
    if (e.is_none()) continue;
    (is_same_exception_metadata(e, orig) ? reraised_list : raised_list).push_back(e);
  }
  // The re-raised parts keep orig's nesting; those raised anew join them as siblings.
  Value reraised_eg = exception_group_projection(orig, reraised_list);
  if (raised_list.empty()) return reraised_eg;
  if (!reraised_eg.is_none()) raised_list.push_back(reraised_eg);
  if (raised_list.size() == 1) return raised_list[0];
  return create_exception_group(str_value(""), Value::object(new_list(std::move(raised_list))));
}

void install_exception_group_methods() {
  Type* base = &exc::BaseExceptionGroup;
  // Its own layout (ExceptionGroup and user subclasses inherit it), with
  // BaseException's attribute storage at the same offset.
  base->alloc = alloc_exception_group;
  base->attrs_offset = exc::BaseException.attrs_offset;
  base->flags |= exc::BaseException.flags & kHasDict;
  base->str = eg_str;
  base->doc = str_value("A combination of multiple unrelated exceptions.");
  install_methods(base, std::begin(kGroupMethods), std::end(kGroupMethods));
  // __new__ is a static method: a builtin bound to its type, as BaseException's.
  base->dict->set_str(names::new_, Value::object(heap().make<Builtin>("__new__", eg_new, type_value(base))));
  add_readonly_member(base, "message", eg_message);
  add_readonly_member(base, "exceptions", eg_exceptions);
  add_generic_class_getitem(base);
  // Static types have one base, whose layout they share; ExceptionGroup also
  // derives from Exception (MRO: ExceptionGroup, BaseExceptionGroup,
  // Exception, BaseException, object). type_ready keeps bases set before it.
  exc::ExceptionGroup.bases = new_tuple({type_value(base), type_value(&exc::Exception)});
  // CPython makes ExceptionGroup at run time like a class statement
  // (PyErr_NewException): its dict has __module__ and a __weakref__ slot.
  Type* group = &exc::ExceptionGroup;
  if (!group->dict) group->dict = new_dict();
  group->dict->set_str(names::module, str_value("builtins"));
  add_instance_descriptors(group, false, true);
}

}  // namespace rt
