// list, tuple, dict, range, slice and their iterators.
#pragma once

#include <vector>

#include "runtime/object.h"

namespace rt {

struct List : Object {
  std::vector<Value> items;
  List();
  void trace(Tracer& t) override;
};

struct Tuple : Object {
  std::vector<Value> items;
  Tuple();
  void trace(Tracer& t) override;
};

// Insertion-ordered hash table (CPython's compact dict layout): an index table
// of slots pointing into a dense entry array.
struct Dict : Object {
  struct Entry {
    Value key;  // null = deleted
    Value value;
    int64_t hash;
  };
  std::vector<Entry> entries;
  std::vector<int32_t> index;  // power-of-two size; -1 empty, -2 deleted
  size_t used = 0;
  // Changes whenever an entry's position may change or a key is added or
  // removed; unique across all dicts, so inline caches can key on it alone.
  uint64_t keys_version;

  Dict();
  void trace(Tracer& t) override;

  // Index into entries, or -1. May raise (unhashable key, __eq__ errors).
  int64_t find(Value key, int64_t hash) const;
  int64_t find(Value key) const;
  Value get(Value key) const;  // null if missing
  Value get_str(Str* key) const;
  void set(Value key, Value value);
  void set_str(Str* key, Value value);
  bool remove(Value key);
  size_t size() const { return used; }

 private:
  void insert_new(Value key, Value value, int64_t hash);
  void rebuild(size_t min_capacity);
};

struct Range : Object {
  int64_t start, stop, step;
  // Bounds beyond 62 bits (CPython's longrange): kept as int Values, and the
  // int64 fields are unused.
  bool big = false;
  Value big_start, big_stop, big_step;
  Range(int64_t a, int64_t b, int64_t c);
  Range(Value a, Value b, Value c);
  int64_t length() const;
  Value big_length() const;
  void trace(Tracer& t) override;
};

struct BigRangeIter : Object {
  Value next, remaining, step;
  BigRangeIter(Value n, Value r, Value s);
  void trace(Tracer& t) override;
};

struct Slice : Object {
  Value start, stop, step;
  Slice(Value a, Value b, Value c);
  void trace(Tracer& t) override;
};

// One iterator object for the built-in sequences; `kind` picks the behaviour.
struct SeqIter : Object {
  Value seq;
  int64_t pos = 0;
  SeqIter(Type* t, Value s) : Object(t), seq(s) {}
  void trace(Tracer& t) override { t.mark(seq); }
};

struct RangeIter : Object {
  int64_t next, stop, step;
  int64_t first;  // the range's start: __setstate__ counts from it
  RangeIter(int64_t a, int64_t b, int64_t c);
};

List* new_list(std::vector<Value> items = {});
// CPython's dict_merge (PyDict_Update, `{**m}`): copies a mapping's items into
// d. False if `other` has no keys() (TypeError "... is not a mapping" instead
// when `mapping_required`).
bool dict_merge(Dict* d, Value other, bool mapping_required);
Tuple* new_tuple(std::vector<Value> items = {});
Dict* new_dict();
Value tuple_value(std::vector<Value> items);

// Resolve a slice against a sequence length (CPython's PySlice_AdjustIndices).
// Returns the number of items selected.
int64_t slice_indices(const Slice* s, int64_t length, int64_t& start, int64_t& stop, int64_t& step);

}  // namespace rt
