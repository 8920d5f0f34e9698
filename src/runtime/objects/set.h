// set and frozenset, with CPython's table layout and probing, so iteration
// order (and therefore printed output) matches CPython's.
#pragma once

#include <vector>

#include "bytecode/opcodes.h"
#include "runtime/object.h"

namespace rt {

struct Set : Object {
  struct Entry {
    Value key;     // null: empty (hash 0) or deleted (hash -1)
    int64_t hash;
  };
  std::vector<Entry> table;
  size_t fill = 0, used = 0, mask = 7, finger = 0;

  explicit Set(Type* t);
  void trace(Tracer& t) override;
  bool contains(Value key) const;
  void add(Value key);
  bool discard(Value key);
  // CPython's set_update_internal: sets, dicts and any iterable.
  void update(Value iterable);
};

bool is_set(Value v);  // set or frozenset
Set* new_set(bool frozen = false);
Value set_binary(bytecode::BinaryOp op, Value a, Value b);  // null if not a set operation
Value set_compare(bytecode::CompareOp op, Value a, Value b);
bool set_equal(const Set* a, const Set* b);
void install_set_types(Dict* builtins);

}  // namespace rt
