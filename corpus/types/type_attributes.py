# The attributes of classes as type's descriptors: names, mro, doc, module,
# annotations, their setters and error messages; object.__class__ and the
# __dict__/__weakref__ descriptors a class statement adds.
class C: pass
print(sorted(C.__dict__), C.__dict__['__dict__'], C.__dict__['__weakref__'])
print(object.__dict__['__class__'], type.__dict__['__name__'], type.__dict__['__dict__'])
print(type.__dict__['__abstractmethods__'], type.__dict__['__mro__'], type.__dict__['__doc__'])
try: int.__abstractmethods__
except AttributeError as e: print('AttributeError', e)
try: type.__abstractmethods__
except AttributeError as e: print('AttributeError', e)
try: int.__annotations__
except AttributeError as e: print('AttributeError', e)
print(C.__annotations__, C.__module__, int.__module__, C.__name__, C.__qualname__, C.__doc__, type.__doc__)
try: int.__name__ = 'x'
except TypeError as e: print('TypeError', e)
try: int.__module__ = 'x'
except TypeError as e: print('TypeError', e)
try: C.__name__ = 3
except TypeError as e: print('TypeError', e)
try: del C.__name__
except TypeError as e: print('TypeError', e)
C.__name__ = 'D'; print(C, C.__name__, C.__qualname__)
C.__qualname__ = 'Outer.D'; print(C)
C.__module__ = 'elsewhere'; print(C, C.__module__)
C.__doc__ = 'documented'; print(C.__doc__)
try: C.__mro__ = ()
except AttributeError as e: print('AttributeError', e)
try: C.__dict__ = {}
except AttributeError as e: print('AttributeError', e)
print(type.__dict__['__name__'].__get__(int), type.__dict__['__mro__'].__get__(bool))
print(C.__base__, bool.__base__, object.__base__, bool.__bases__, C.__mro__)
print(bool.__flags__ & (1 << 24) != 0, C.__flags__ & (1 << 9) != 0, int.__flags__ & (1 << 9) != 0)

class E:
    x: int
    y: str = 'a'
print(E.__annotations__)
E.__annotations__ = {'z': float}
print(E.__annotations__)

c = C()
c.a = 1
print(c.__dict__, vars(c))
c.__dict__ = {'b': 2}
print(c.b, c.__dict__)
try: c.__dict__ = [1]
except TypeError as e: print('TypeError', e)
print(c.__weakref__)
class F(C): pass
print(sorted(F.__dict__))
class S:
    __slots__ = ('a',)
print(sorted(k for k in S.__dict__ if not k.startswith('__') or k in ('__dict__', '__weakref__')))
class SW:
    __slots__ = ('a', '__weakref__')
print('__weakref__' in SW.__dict__, '__dict__' in SW.__dict__)
try:
    class Bad(F):
        __slots__ = ('__weakref__',)
except TypeError as e: print('TypeError', e)
class I(int): pass
print(sorted(I.__dict__))

print(type(c).__name__, c.__class__.__name__, C.__class__, type.__class__)
class G: pass
g = G()
g.__class__ = F
print(type(g) is F)
try: g.__class__ = int
except TypeError as e: print('TypeError', e)
try: del g.__class__
except TypeError as e: print('TypeError', e)
try: (1).__class__ = bool
except TypeError as e: print('TypeError', e)

print(object().__getstate__(), G().__getstate__())
g.x = 1
print(g.__getstate__(), g.__getstate__() is g.__dict__)
class SL:
    __slots__ = ('a', 'b')
s = SL(); s.a = 1
print(s.__getstate__())
print(isinstance(object().__sizeof__(), int), object().__sizeof__() > 0)
