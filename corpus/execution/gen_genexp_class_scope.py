# Generator expressions in a class body cannot see class variables
# except in their first (eagerly evaluated) iterable.
class Config:
    names = ["a", "b", "c"]
    prefix = "cfg_"
    upper_names = list(n.upper() for n in names)  # names: first iterable, ok
    count = sum(1 for _ in names)
    try:
        prefixed = list(prefix + n for n in names)  # prefix: not visible
    except NameError as e:
        error1 = str(e)
    try:
        pairs = list((n, m) for n in names for m in names)  # second iterable
    except NameError as e:
        error2 = str(e)
    limit = 2
    try:
        limited = list(n for n in names if len(n) < limit)
    except NameError as e:
        error3 = str(e)

print(Config.upper_names)
print(Config.count)
print("error1:", Config.error1)
print("error2:", Config.error2)
print("error3:", Config.error3)
print(hasattr(Config, "prefixed"), hasattr(Config, "pairs"), hasattr(Config, "limited"))

# Module-level (global) names are visible from inside the genexp.
PREFIX = "g_"

class UsesGlobal:
    names = ["x", "y"]
    prefixed = list(PREFIX + n for n in names)

print(UsesGlobal.prefixed)

# A class variable with the same name as a global: the genexp sees the global.
scale = 1000

class Shadow:
    scale = 2
    values = list(v * scale for v in range(3))

print(Shadow.values, Shadow.scale)

# Inside a function, a class body's genexp sees the function's locals.
def make():
    factor = 7

    class Local:
        factor = 100
        out = list(i * factor for i in range(3))

    return Local.out

print(make())

# The first iterable may use class variables in arbitrary expressions.
class Table:
    rows = 3
    cols = 2
    cells = list(f"r{r}" for r in range(rows * cols))

print(Table.cells)
