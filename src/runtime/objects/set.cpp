// set / frozenset, following CPython 3.11's Objects/setobject.c (linear
// probing in runs of 9, then perturbation; resize at 60% fill) so that the
// order in which a set iterates is CPython's.
#include "runtime/objects/set.h"

#include "runtime/args.h"
#include "runtime/objects/int.h"
#include "runtime/methods_util.h"
#include "runtime/slots.h"

namespace rt {

namespace types {
Type set("set", &object);
Type frozenset("frozenset", &object);
Type set_iter("set_iterator", &object);
}  // namespace types

namespace {
constexpr size_t kLinearProbes = 9;
constexpr size_t kMinSize = 8;

bool is_empty(const Set::Entry& e) { return e.key.is_null() && e.hash == 0; }
bool is_dummy(const Set::Entry& e) { return e.key.is_null() && e.hash == -1; }
bool is_active(const Set::Entry& e) { return !e.key.is_null(); }

bool same_key(Value a, Value b) { return a == b || equal(a, b); }

void insert_clean(std::vector<Set::Entry>& table, size_t mask, Value key, int64_t hash) {
  auto perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    if (table[i].key.is_null()) break;
    bool found = false;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 1; j <= kLinearProbes; ++j)
        if (table[i + j].key.is_null()) {
          i += j;
          found = true;
          break;
        }
    }
    if (found) break;
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
  table[i] = {key, hash};
}

void resize(Set* s, size_t minused) {
  size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  std::vector<Set::Entry> old = std::move(s->table);
  s->table.assign(newsize, {Value::null(), 0});
  heap().account_bytes(newsize * sizeof(Set::Entry));
  s->mask = newsize - 1;
  for (const auto& e : old)
    if (is_active(e)) insert_clean(s->table, s->mask, e.key, e.hash);
  s->fill = s->used;
}

void add_entry(Set* s, Value key, int64_t hash) {
  for (;;) {
    size_t mask = s->mask;
    size_t i = static_cast<size_t>(hash) & mask;
    auto perturb = static_cast<uint64_t>(hash);
    Set::Entry* freeslot = nullptr;
    size_t table_size = s->table.size();
    for (;;) {
      size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      size_t j = i;
      for (;;) {
        Set::Entry& e = s->table[j];
        if (is_empty(e)) {
          if (freeslot) {
            *freeslot = {key, hash};
            ++s->used;
            return;
          }
          e = {key, hash};
          ++s->fill;
          ++s->used;
          if (s->fill * 5 >= mask * 3) resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
          return;
        }
        if (e.hash == hash && is_active(e)) {
          Value start = e.key;
          if (same_key(start, key)) return;
          // A comparison that mutated the set restarts the search.
          if (s->table.size() != table_size || s->table[j].key != start) goto restart;
        } else if (is_dummy(e) && !freeslot) {
          freeslot = &e;
        }
        if (probes-- == 0) break;
        ++j;
      }
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  restart:;
  }
}

const Set::Entry* lookup(const Set* s, Value key, int64_t hash) {
  size_t mask = s->mask;
  size_t i = static_cast<size_t>(hash) & mask;
  auto perturb = static_cast<uint64_t>(hash);
  for (;;) {
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    size_t j = i;
    for (;;) {
      const Set::Entry& e = s->table[j];
      if (is_empty(e)) return nullptr;
      if (e.hash == hash && is_active(e) && same_key(e.key, key)) return &e;
      if (probes-- == 0) break;
      ++j;
    }
    perturb >>= 5;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

}  // namespace

Set::Set(Type* t) : Object(t) { table.assign(kMinSize, {Value::null(), 0}); }

void Set::trace(Tracer& t) {
  for (const auto& e : table) t.mark(e.key);
}

// A set used as a key (`{1} in s`, s.discard({1})) is looked up as the
// frozenset of its items, as CPython's set_contains/set_discard do.
static Value as_key(Value key) {
  Type* t = type_of(key);
  if (t != &types::set && !(t->is_heap() && isinstance(key, &types::set))) return key;
  Set* f = new_set(true);
  f->update(key);
  return Value::object(f);
}

bool Set::contains(Value key) const {
  key = as_key(key);
  return lookup(this, key, hash(key)) != nullptr;
}

void Set::add(Value key) { add_entry(this, key, hash(key)); }

bool Set::discard(Value key) {
  key = as_key(key);
  const Entry* e = lookup(this, key, hash(key));
  if (!e) return false;
  auto* m = const_cast<Entry*>(e);
  m->key = Value::null();
  m->hash = -1;
  --used;
  return true;
}

void Set::update(Value other) {
  if (is_set(other)) {
    Set* o = other.as<Set>();
    if ((fill + o->used) * 5 >= mask * 3) resize(this, (used + o->used) * 2);
    if (fill == 0 && mask == o->mask && o->fill == o->used) {
      table = o->table;
      fill = o->fill;
      used = o->used;
      return;
    }
    if (fill == 0) {
      fill = used = o->used;
      for (const auto& e : o->table)
        if (is_active(e)) insert_clean(table, mask, e.key, e.hash);
      return;
    }
    for (const auto& e : o->table)
      if (is_active(e)) add_entry(this, e.key, e.hash);
    return;
  }
  if (is_type(other, &types::dict)) {
    Dict* d = other.as<Dict>();
    if ((fill + d->size()) * 5 >= mask * 3) resize(this, (used + d->size()) * 2);
    for (const auto& e : d->entries)
      if (!e.key.is_null()) add_entry(this, e.key, e.hash);
    return;
  }
  for (Value v : iterate(other)) add(v);
}

bool is_set(Value v) {
  if (!v.is_object()) return false;
  Type* t = v.as_object()->type;
  return t == &types::set || t == &types::frozenset;
}

Set* new_set(bool frozen) { return heap().make<Set>(frozen ? &types::frozenset : &types::set); }

namespace {

Set* copy_of(const Set* s, Type* t) {
  Set* r = heap().make<Set>(t);
  r->update(Value::object(const_cast<Set*>(s)));
  return r;
}

std::vector<Value> members(const Set* s) {
  std::vector<Value> out;
  for (const auto& e : s->table)
    if (is_active(e)) out.push_back(e.key);
  return out;
}

Set* as_set_arg(Value v) {
  if (is_set(v)) return v.as<Set>();
  Set* s = new_set();
  s->update(v);
  return s;
}

Set* intersection(Set* a, Set* b, Type* t) {
  Set* r = heap().make<Set>(t);
  if (b->used > a->used) std::swap(a, b);
  // Iterate over the smaller set, keeping what the larger one contains.
  for (const auto& e : b->table)
    if (is_active(e) && lookup(a, e.key, e.hash)) add_entry(r, e.key, e.hash);
  return r;
}

Set* difference(Set* a, Set* b, Type* t) {
  if ((a->used >> 2) > b->used) {
    Set* r = copy_of(a, t);
    for (const auto& e : b->table)
      if (is_active(e)) r->discard(e.key);
    return r;
  }
  Set* r = heap().make<Set>(t);
  for (const auto& e : a->table)
    if (is_active(e) && !lookup(b, e.key, e.hash)) add_entry(r, e.key, e.hash);
  return r;
}

void symmetric_update(Set* target, Set* other) {
  for (const auto& e : members(other)) {
    if (!target->discard(e)) target->add(e);
  }
}

Set* symmetric(Set* a, Set* b, Type* t) {
  Set* r = copy_of(b, t);
  symmetric_update(r, a);
  return r;
}

bool subset(const Set* a, const Set* b) {
  if (a->used > b->used) return false;
  for (const auto& e : a->table)
    if (is_active(e) && !lookup(b, e.key, e.hash)) return false;
  return true;
}

}  // namespace

bool set_equal(const Set* a, const Set* b) { return a->used == b->used && subset(a, b); }

Value set_binary(bytecode::BinaryOp op, Value a, Value b) {
  using bytecode::BinaryOp;
  if (!is_set(a) || !is_set(b)) return Value::null();
  int code = static_cast<int>(op);
  bool inplace = code >= static_cast<int>(BinaryOp::InplaceAdd);
  auto base = static_cast<BinaryOp>(inplace ? code - static_cast<int>(BinaryOp::InplaceAdd) : code);
  Set* x = a.as<Set>();
  Set* y = b.as<Set>();
  Type* t = x->type;
  if (inplace && t == &types::set) {
    switch (base) {
      case BinaryOp::Or: x->update(b); return a;
      case BinaryOp::And: {
        Set* r = intersection(x, y, t);
        x->table = r->table;
        x->fill = r->fill;
        x->used = r->used;
        x->mask = r->mask;
        return a;
      }
      case BinaryOp::Subtract:
        for (Value v : members(y)) x->discard(v);
        return a;
      case BinaryOp::Xor: symmetric_update(x, y); return a;
      default: return Value::null();
    }
  }
  switch (base) {
    case BinaryOp::Or: {
      Set* r = copy_of(x, t);
      r->update(b);
      return Value::object(r);
    }
    case BinaryOp::And: return Value::object(intersection(x, y, t));
    case BinaryOp::Subtract: return Value::object(difference(x, y, t));
    case BinaryOp::Xor: return Value::object(symmetric(x, y, t));
    default: return Value::null();
  }
}

Value set_compare(bytecode::CompareOp op, Value a, Value b) {
  using bytecode::CompareOp;
  if (!is_set(a) || !is_set(b)) return Value::null();
  Set* x = a.as<Set>();
  Set* y = b.as<Set>();
  switch (op) {
    case CompareOp::Eq: return Value::boolean(set_equal(x, y));
    case CompareOp::Ne: return Value::boolean(!set_equal(x, y));
    case CompareOp::Le: return Value::boolean(subset(x, y));
    case CompareOp::Ge: return Value::boolean(subset(y, x));
    case CompareOp::Lt: return Value::boolean(x->used < y->used && subset(x, y));
    case CompareOp::Gt: return Value::boolean(y->used < x->used && subset(y, x));
    default: return Value::null();
  }
}

namespace {

Value set_repr(Value v) {
  Set* s = v.as<Set>();
  const std::string& name = s->type->name;
  if (s->used == 0) return str_value(name + "()");
  RecursionGuard guard(" while getting the repr of an object");
  std::string out = name == "set" ? "{" : name + "({";
  bool first = true;
  for (Value m : members(s)) {
    if (!first) out += ", ";
    first = false;
    out += repr_string(m);
  }
  out += name == "set" ? "}" : "})";
  return str_value(out);
}

int64_t set_len(Value v) { return static_cast<int64_t>(v.as<Set>()->used); }

struct SetIter : Object {
  Set* set;
  size_t pos = 0;
  size_t expected_used;
  explicit SetIter(Set* s) : Object(&types::set_iter), set(s), expected_used(s->used) {}
  void trace(Tracer& t) override { t.mark(set); }
};

Value set_iter_new(Value v) { return Value::object(heap().make<SetIter>(v.as<Set>())); }
Value set_iter_next(Value it) {
  auto* i = it.as<SetIter>();
  if (i->set->used != i->expected_used) {
    i->expected_used = static_cast<size_t>(-1);
    raise(&exc::RuntimeError, "Set changed size during iteration");
  }
  while (i->pos < i->set->table.size()) {
    const auto& e = i->set->table[i->pos++];
    if (is_active(e)) return e.key;
  }
  return Value::null();
}
Value self_iter(Value v) { return v; }
Value set_iter_length_hint(Value self, Value*, size_t nargs, Tuple* kw) {
  method_args("__length_hint__", nargs, kw, 0, 0);
  auto* i = self.as<SetIter>();
  if (i->set->used != i->expected_used) return make_int(0);
  int64_t n = 0;
  for (size_t p = i->pos; p < i->set->table.size(); ++p) n += is_active(i->set->table[p]);
  return make_int(n);
}

int64_t frozenset_hash(Value v) {
  Set* s = v.as<Set>();
  auto shuffle = [](uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  uint64_t h = 0;
  for (const auto& e : s->table) h ^= shuffle(static_cast<uint64_t>(e.hash));
  if ((s->mask + 1 - s->fill) & 1) h ^= shuffle(0);
  if ((s->fill - s->used) & 1) h ^= shuffle(static_cast<uint64_t>(-1));
  h ^= (static_cast<uint64_t>(s->used) + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  auto r = static_cast<int64_t>(h);
  return r == -1 ? 590923713 : r;
}

Value construct(Value self, Value* args, size_t nargs, Tuple* kwnames) {
  static const Signature set_sig("set(iterable=<unrepresentable>, /)");
  static const Signature frozenset_sig("frozenset(iterable=<unrepresentable>, /)");
  Type* t = self.as<Type>();
  const Signature& sig = is_subtype(t, &types::frozenset) ? frozenset_sig : set_sig;
  auto [iterable] = sig.bind<1>(self, args, nargs, kwnames);
  if (t == &types::frozenset && is_type(iterable, &types::frozenset)) return iterable;
  Set* s = heap().make<Set>(t);
  if (!iterable.is_null()) s->update(iterable);
  return Value::object(s);
}

Set* self_set(Value v) { return v.as<Set>(); }
// Methods of a subclass instance build plain sets (make_new_set_basetype).
Type* base_type(Value v) { return isinstance(v, &types::frozenset) ? &types::frozenset : &types::set; }
// An exact frozenset is immutable: copy() and union() give it back.
bool exact_frozen(Value v) { return is_type(v, &types::frozenset); }
void assign(Set* target, Set* from) {
  target->table = from->table;
  target->fill = from->fill;
  target->used = from->used;
  target->mask = from->mask;
}

Value m_add(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("add($self, object, /)");
  auto [object] = sig.bind<1>(self, args, nargs, kw);
  self_set(self)->add(object);
  return Value::none();
}
Value m_remove(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("remove($self, object, /)");
  auto [object] = sig.bind<1>(self, args, nargs, kw);
  if (!self_set(self)->discard(object)) raise_key_error(object);
  return Value::none();
}
Value m_discard(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("discard($self, object, /)");
  auto [object] = sig.bind<1>(self, args, nargs, kw);
  self_set(self)->discard(object);
  return Value::none();
}
Value m_pop(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("pop($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Set* s = self_set(self);
  if (s->used == 0) raise(&exc::KeyError, "pop from an empty set");
  size_t i = s->finger & s->mask;
  while (!is_active(s->table[i])) i = (i + 1) & s->mask;
  Value key = s->table[i].key;
  s->table[i] = {Value::null(), -1};
  --s->used;
  s->finger = i + 1;
  return key;
}
Value m_clear(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("clear($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  Set* s = self_set(self);
  s->table.assign(kMinSize, {Value::null(), 0});
  s->fill = s->used = 0;
  s->mask = kMinSize - 1;
  return Value::none();
}
Value m_copy(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("copy($self, /)");
  sig.parse(self, args, nargs, kw, nullptr);
  if (exact_frozen(self)) return self;
  return Value::object(copy_of(self_set(self), base_type(self)));
}
Value m_update(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("update($self, /, *others)");
  Signature::Rest others = sig.parse(self, args, nargs, kw, nullptr);
  for (size_t i = 0; i < others.nvarargs; ++i) self_set(self)->update(others.varargs[i]);
  return Value::none();
}
Value m_union(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("union($self, /, *others)");
  Signature::Rest others = sig.parse(self, args, nargs, kw, nullptr);
  Set* r = copy_of(self_set(self), base_type(self));
  for (size_t i = 0; i < others.nvarargs; ++i) r->update(others.varargs[i]);
  return Value::object(r);
}
Value m_intersection(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("intersection($self, /, *others)");
  Signature::Rest others = sig.parse(self, args, nargs, kw, nullptr);
  Set* r = copy_of(self_set(self), base_type(self));
  for (size_t i = 0; i < others.nvarargs; ++i) r = intersection(r, as_set_arg(others.varargs[i]), base_type(self));
  return Value::object(r);
}
Value m_difference(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("difference($self, /, *others)");
  Signature::Rest others = sig.parse(self, args, nargs, kw, nullptr);
  Set* r = copy_of(self_set(self), base_type(self));
  for (size_t i = 0; i < others.nvarargs; ++i) r = difference(r, as_set_arg(others.varargs[i]), base_type(self));
  return Value::object(r);
}
Value m_symmetric_difference(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("symmetric_difference($self, other, /)");
  auto [other] = sig.bind<1>(self, args, nargs, kw);
  return Value::object(symmetric(self_set(self), as_set_arg(other), base_type(self)));
}
Value m_issubset(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("issubset($self, other, /)");
  auto [other] = sig.bind<1>(self, args, nargs, kw);
  return Value::boolean(subset(self_set(self), as_set_arg(other)));
}
Value m_issuperset(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("issuperset($self, other, /)");
  auto [other] = sig.bind<1>(self, args, nargs, kw);
  return Value::boolean(subset(as_set_arg(other), self_set(self)));
}
Value m_isdisjoint(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("isdisjoint($self, other, /)");
  auto [other] = sig.bind<1>(self, args, nargs, kw);
  Set* other_set = as_set_arg(other);
  for (Value v : members(self_set(self)))
    if (other_set->contains(v)) return Value::boolean(false);
  return Value::boolean(true);
}

Value m_intersection_update(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("intersection_update($self, /, *others)");
  Signature::Rest others = sig.parse(self, args, nargs, kw, nullptr);
  for (size_t i = 0; i < others.nvarargs; ++i)
    assign(self_set(self), intersection(self_set(self), as_set_arg(others.varargs[i]), &types::set));
  return Value::none();
}
Value m_difference_update(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("difference_update($self, /, *others)");
  Signature::Rest others = sig.parse(self, args, nargs, kw, nullptr);
  for (size_t i = 0; i < others.nvarargs; ++i) {
    Value o = others.varargs[i];
    if (o == self) {
      assign(self_set(self), new_set());
      continue;
    }
    for (Value v : is_set(o) ? members(o.as<Set>()) : iterate(o)) self_set(self)->discard(v);
  }
  return Value::none();
}
Value m_symmetric_difference_update(Value self, Value* args, size_t nargs, Tuple* kw) {
  static const Signature sig("symmetric_difference_update($self, other, /)");
  auto [other] = sig.bind<1>(self, args, nargs, kw);
  if (other == self) assign(self_set(self), new_set());
  else symmetric_update(self_set(self), as_set_arg(other));
  return Value::none();
}

// set's in-place operators take only sets (anything else: NotImplemented).
template <bytecode::BinaryOp Op>
Value m_inplace(Value self, Value* args, size_t nargs, Tuple* kw) {
  method_args("__iop__", nargs, kw, 1, 1);
  if (!is_set(args[0])) return not_implemented();
  if (!is_type(self, &types::set) || !is_type(args[0], &types::set)) {
    // A subclass instance: the same in-place update through the methods.
    Set* x = self_set(self);
    Set* y = args[0].as<Set>();
    switch (Op) {
      case bytecode::BinaryOp::InplaceOr: x->update(args[0]); break;
      case bytecode::BinaryOp::InplaceAnd: assign(x, intersection(x, y, &types::set)); break;
      case bytecode::BinaryOp::InplaceSubtract: assign(x, difference(x, y, &types::set)); break;
      default: assign(x, symmetric(x, y, &types::set)); break;
    }
    return self;
  }
  return set_binary(Op, self, args[0]);
}

const MethodEntry kSetMethods[] = {
    {"intersection_update", m_intersection_update}, {"difference_update", m_difference_update},
    {"symmetric_difference_update", m_symmetric_difference_update},
    {"__ior__", m_inplace<bytecode::BinaryOp::InplaceOr>}, {"__iand__", m_inplace<bytecode::BinaryOp::InplaceAnd>},
    {"__isub__", m_inplace<bytecode::BinaryOp::InplaceSubtract>},
    {"__ixor__", m_inplace<bytecode::BinaryOp::InplaceXor>},
    {"add", m_add},       {"remove", m_remove},     {"discard", m_discard},
    {"pop", m_pop},       {"clear", m_clear},       {"copy", m_copy},
    {"update", m_update}, {"union", m_union},       {"intersection", m_intersection},
    {"difference", m_difference}, {"symmetric_difference", m_symmetric_difference},
    {"issubset", m_issubset}, {"issuperset", m_issuperset}, {"isdisjoint", m_isdisjoint},
};
const MethodEntry kFrozenMethods[] = {
    {"copy", m_copy},   {"union", m_union}, {"intersection", m_intersection}, {"difference", m_difference},
    {"symmetric_difference", m_symmetric_difference}, {"issubset", m_issubset}, {"issuperset", m_issuperset},
    {"isdisjoint", m_isdisjoint},
};

}  // namespace

void install_set_types(Dict* builtins) {
  for (Type* t : {&types::set, &types::frozenset}) {
    t->repr = set_repr;
    t->len = set_len;
    t->iter = set_iter_new;
    t->construct = construct;
    builtins->set_str(intern(t->name), type_value(t));
  }
  types::set.hash = [](Value v) -> int64_t { raise(&exc::TypeError, "unhashable type: '" + type_name(v) + "'"); };
  types::frozenset.hash = frozenset_hash;
  types::set_iter.iter = self_iter;
  types::set_iter.next = set_iter_next;
  install_methods(&types::set, std::begin(kSetMethods), std::end(kSetMethods));
  install_methods(&types::frozenset, std::begin(kFrozenMethods), std::end(kFrozenMethods));
  for (Type* t : {&types::set, &types::frozenset, &types::set_iter}) inherit_slots(t);  // __len__, __iter__, __next__
  add_method_if_missing(&types::set_iter, "__length_hint__", set_iter_length_hint);
}

}  // namespace rt
