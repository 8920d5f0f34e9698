# Function object attributes.
def documented(a, b=2, *args, c, d=4, **kw) -> int:
    """Adds things up."""
    return a + b + c + d

print(documented.__name__, documented.__qualname__, documented.__module__)
print("defaults:", documented.__defaults__)
print("kwdefaults:", documented.__kwdefaults__)
print("doc:", documented.__doc__)
print("code name:", documented.__code__.co_name)
print("globals is globals():", documented.__globals__ is globals())
print("closure:", documented.__closure__)
print("dict:", documented.__dict__)

def undocumented(x):
    return x

print("no doc:", undocumented.__doc__, "defaults:", undocumented.__defaults__,
      "kwdefaults:", undocumented.__kwdefaults__)

# Attributes are writable.
undocumented.__doc__ = "now documented"
undocumented.__name__ = "renamed"
undocumented.custom = [1, 2]
undocumented.__defaults__ = (99,)
print(undocumented.__doc__, undocumented.__name__, undocumented.__qualname__, undocumented.__dict__)
print("uses new default:", undocumented())

documented.__kwdefaults__ = {"c": 10, "d": 20}
print("kw default now used:", documented(1))

# Nested function qualnames.
def outer():
    def middle():
        def inner():
            pass
        return inner
    return middle

print(outer.__qualname__, outer().__qualname__, outer()().__qualname__)
print((lambda: 0).__qualname__, (lambda: 0).__name__)

class C:
    def m(self):
        pass

    @staticmethod
    def s():
        pass

    @classmethod
    def k(cls):
        pass

print(C.m.__qualname__, C.s.__qualname__, C.k.__qualname__, C.k.__func__.__qualname__)
print("bound method func is function:", C().m.__func__ is C.m)

# Errors when assigning bad values.
try:
    documented.__defaults__ = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    documented.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    documented.__code__ = "code"
except TypeError as e:
    print("TypeError:", e)

# Swapping __code__ between compatible functions.
def one():
    return 1

def two():
    return 2

one.__code__ = two.__code__
print("after swapping code:", one(), one.__name__)
