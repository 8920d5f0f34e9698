// The attribute instructions' slow paths (attr_cache.cpp); their fast paths,
// a version check and a load, are inline in the dispatch loop.
#pragma once

#include "runtime/objects/function.h"

namespace vm {

using rt::Value;

Value load_attr_slow(rt::AttrCache& c, Value obj, rt::Str* name);
// `method` is null when the attribute is not a plain method: `self` then
// holds the attribute itself (CALL_METHOD calls it without a receiver).
void load_method_slow(rt::AttrCache& c, Value obj, rt::Str* name, Value* method, Value* self);
void store_attr_slow(rt::AttrCache& c, Value obj, rt::Str* name, Value v);

}  // namespace vm
