// Slow paths of the attribute instructions: the full lookup, and filling the
// site's inline cache when the result can be found again by a version check
// (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES, ...).
#include "vm/attr_cache.h"

#include "runtime/objects/descr.h"
#include "runtime/objects/exceptions.h"
#include "runtime/objects/str.h"
#include "runtime/objects/type.h"
#include "runtime/ops.h"

namespace vm {

using rt::AttrCache;

namespace {

// Attributes of instances of t are found by object.__getattribute__ alone.
bool generic_attributes(rt::Type* t) { return t->getattro == nullptr && t->version != 0; }

uint32_t keys_version(rt::Type* t) { return t->keys ? t->keys->version : 0; }

// The instance attribute index of `name` (slots first), or -1.
int32_t instance_index(rt::Type* t, rt::Str* name) {
  if (!t->keys) return -1;
  int i = t->keys->find(name);
  return i < 0 ? -1 : static_cast<int32_t>(t->nslots) + i;
}

bool is_method_descriptor(Value v) {
  if (!v.is_object()) return false;
  rt::Type* t = v.as_object()->type;
  if (t == &rt::types::function) return true;
  if (rt::is_builtin_type(t)) {
    auto* b = v.as<rt::Builtin>();
    return b->self.is_null() && b->method_of;
  }
  return false;
}

}  // namespace

Value load_attr_slow(AttrCache& c, Value obj, rt::Str* name) {
  if (!name->interned) name = rt::intern(name->data);
  rt::Type* t = rt::type_of(obj);
  c.kind = AttrCache::kNone;
  if (t == &rt::types::module) {
    Value v = rt::getattr(obj, name);
    rt::Dict* d = obj.as<rt::Module>()->dict;
    int64_t ix = d->find(Value::object(name), rt::str_hash(name));
    if (ix >= 0) {
      c.kind = AttrCache::kModuleEntry;
      c.index = static_cast<int32_t>(ix);
      c.dict_version = d->keys_version;
    }
    return v;
  }
  if (!obj.is_object() || !generic_attributes(t) || t->getattr) return rt::getattr(obj, name);
  // object.__getattribute__, inline, remembering where the value was found.
  Value descr = rt::type_lookup(t, name);
  rt::Type* dt = descr.is_null() ? nullptr : rt::type_of(descr);
  if (dt && dt->descr_get && dt->descr_set) return dt->descr_get(descr, obj, Value::object(t));
  if (name == rt::names::class_ || name == rt::names::dict) return rt::getattr(obj, name);
  rt::InstanceAttrs* a = rt::attrs_of(obj.as_object());
  if (a) {
    if (a->dict) {
      Value v = a->dict->get_str(name);
      if (!v.is_null()) return v;
    } else {
      int32_t idx = instance_index(t, name);
      if (idx >= 0 && static_cast<size_t>(idx) < a->values.size() && !a->values[idx].is_null()) {
        c.kind = AttrCache::kInstanceValue;
        c.type_version = t->version;
        c.index = idx;
        return a->values[idx];
      }
    }
  }
  if (dt) {
    if (dt->descr_get) return dt->descr_get(descr, obj, Value::object(t));
    if (!a || (!a->dict && instance_index(t, name) < 0)) {
      c.kind = AttrCache::kClassValue;
      c.type_version = t->version;
      c.keys_version = keys_version(t);
      c.value = descr;
    }
    return descr;
  }
  rt::raise_attribute_error(obj, name);
}

void load_method_slow(AttrCache& c, Value obj, rt::Str* name, Value* method, Value* self) {
  if (!name->interned) name = rt::intern(name->data);
  rt::Type* t = rt::type_of(obj);
  c.kind = AttrCache::kNone;
  if (generic_attributes(t)) {
    Value descr = rt::type_lookup(t, name);
    if (is_method_descriptor(descr)) {
      rt::InstanceAttrs* a = obj.is_object() ? rt::attrs_of(obj.as_object()) : nullptr;
      bool shadowed = false;
      if (a) {
        if (a->dict) shadowed = !a->dict->get_str(name).is_null();
        else shadowed = instance_index(t, name) >= 0;
      }
      if (!shadowed) {
        if (!a || !a->dict) {
          c.kind = AttrCache::kMethod;
          c.type_version = t->version;
          c.keys_version = keys_version(t);
          c.value = descr;
        }
        *method = descr;
        *self = obj;
        return;
      }
    }
  }
  *method = Value::null();
  *self = load_attr_slow(c, obj, name);
}

void store_attr_slow(AttrCache& c, Value obj, rt::Str* name, Value v) {
  if (!name->interned) name = rt::intern(name->data);
  rt::setattr(obj, name, v);
  c.kind = AttrCache::kNone;
  rt::Type* t = rt::type_of(obj);
  if (!obj.is_object() || t->setattro != nullptr || t->version == 0 || !(t->flags & rt::kHasDict)) return;
  rt::InstanceAttrs* a = rt::attrs_of(obj.as_object());
  if (!a || a->dict) return;
  Value descr = rt::type_lookup(t, name);
  if (!descr.is_null() && rt::type_of(descr)->descr_set) return;
  int32_t idx = instance_index(t, name);
  if (idx < 0) return;
  c.kind = AttrCache::kInstanceValue;
  c.type_version = t->version;
  c.index = idx;
}

}  // namespace vm
