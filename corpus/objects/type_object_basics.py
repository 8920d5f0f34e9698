# object itself: instances, attributes, default methods.
o = object()
print(type(o).__name__, isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    o.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(o, "__dict__"), hasattr(o, "__class__"))
o2 = object()
print(o == o, o == o2, o != o2, o is o2)
print(hash(o) == hash(o), bool(o))
print(object.__name__, object.__bases__, object.__doc__ is not None)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(type(object.__new__(object)).__name__)
print(object.__eq__(o, o), object.__eq__(o, o2), object.__ne__(o, o2))
print(object.__hash__(o) == hash(o))
print(str(o) == repr(o), repr(o).startswith("<object object at "))
print(object.__str__(o) == repr(o))
print(sorted([n for n in dir(o) if not n.startswith("__")]))
print("__init__" in dir(o), "__eq__" in dir(object))
sentinel = object()
lookup = {"a": sentinel}
print(lookup.get("a") is sentinel, lookup.get("b", sentinel) is sentinel)
print(format(object(), "") == str(o) or True)
try:
    format(o, "d")
except TypeError as e:
    print("TypeError:", e)
