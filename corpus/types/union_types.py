# PEP 604 unions: int | str builds a types.UnionType; isinstance and
# issubclass accept it; equality ignores order; duplicates collapse.
print(int | str, type(int | str), int | None, None | int, list[int] | None)
print(int | int, (int | str) | float, int | (str | float), type(None) | int)
u = int | str
print(u.__args__, u.__parameters__, u == (str | int), u != (int | float), hash(u) == hash(str | int))
print(isinstance(1, u), isinstance('a', u), isinstance(1.5, u), issubclass(bool, u), issubclass(float, u))
print(isinstance(None, int | None), isinstance(3, (float, int | str)))
try: isinstance(1, list[int] | str)
except TypeError as e: print('TypeError', e)
try: issubclass(int, list[int] | str)
except TypeError as e: print('TypeError', e)
try: int | 'x'
except TypeError as e: print('TypeError', e)
try: 'x' | int
except TypeError as e: print('TypeError', e)
try: (int | str)[int]
except TypeError as e: print('TypeError', e)
try: int | 3
except TypeError as e: print('TypeError', e)
print(type[int], type[int] | None, dict[str, list[int]] | int)
class M(type): pass
class K(metaclass=M): pass
print(K | int, int.__or__(str), int.__or__(3), int.__ror__(str))
def f(x: int | None = None) -> str | bytes: pass
print(f.__annotations__)
print({int | str: 1}[str | int])
