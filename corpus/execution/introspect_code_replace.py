# Code objects: replace(), equality and hashing, co_lines(), co_positions(),
# co_consts/co_names/co_stacksize, repr.
def area(width, height=2):
    """Rectangle area."""
    result = width * height
    return result


code = area.__code__
renamed = code.replace(co_name="surface", co_qualname="Shapes.surface")
print(renamed.co_name, renamed.co_qualname, code.co_name, code.co_qualname)
print("renamed still runs:", type(renamed).__name__, renamed.co_varnames)

moved = code.replace(co_firstlineno=100, co_filename="elsewhere.py")
r = repr(moved)
print(r.startswith("<code object area at 0x"), r.endswith(', file "elsewhere.py", line 100>'))
print(moved.co_firstlineno, moved.co_filename)

# Equal code objects hash alike; a changed name or line makes them differ.
same = code.replace()
print("replace() copy equal:", same == code, hash(same) == hash(code), same is code)
print("renamed equal:", renamed == code, "moved equal:", moved == code, code != renamed)
print("compared with other types:", code == "area", code != 3)
print("usable as dict keys:", len({code: 1, same: 2}))

# A replaced code object runs when installed as __code__.
def scaled(x):
    factor = 10
    return x * factor


new_consts = tuple(20 if c == 10 else c for c in scaled.__code__.co_consts)
scaled.__code__ = scaled.__code__.replace(co_consts=new_consts)
print("new constant used:", scaled(3))
print("renamed variables:", scaled.__code__.replace(co_varnames=("value", "scale")).co_varnames)

# replace() argument errors.
for kwargs in [{"co_name": 1}, {"co_argcount": -1}, {"co_consts": [1]}, {"co_names": (1,)},
               {"co_nlocals": 7}, {"bogus": 1}, {"co_flags": "x"}]:
    try:
        code.replace(**kwargs)
        print("accepted", kwargs)
    except (TypeError, ValueError, SystemError) as e:
        print(type(e).__name__ + ":", e)
try:
    code.replace("area")
except TypeError as e:
    print("TypeError:", e)

# Line ranges and positions cover every instruction.
lines = list(code.co_lines())
# (CPython adds a RESUME instruction on the def line; the body lines are what matters.)
print("co_lines has the body lines:", {5, 6} <= {line for _, _, line in lines})
print("ranges are contiguous:", all(a[1] == b[0] for a, b in zip(lines, lines[1:])), lines[0][0] == 0)
positions = list(code.co_positions())
print("one position per range step:", len(positions) * 2 == lines[-1][1])
print("positions are 4-tuples:", all(len(p) == 4 for p in positions))
print("positions have the body lines:", {5, 6} <= {p[0] for p in positions})

print("co_consts has the docstring:", code.co_consts[0])
print("co_names:", (lambda s: s.upper().strip()).__code__.co_names)
print("co_stacksize positive:", code.co_stacksize > 0, "co_nlocals:", code.co_nlocals)
print("flags of a plain function:", code.co_flags & 0x3)
try:
    code.co_name = "x"
except AttributeError as e:
    print("AttributeError:", e)
