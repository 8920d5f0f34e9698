# Inspecting code objects produced by compile().
src = '''
def area(w, h=2):
    """Area of a rectangle."""
    scale = 1
    return w * h * scale

class Shape:
    def sides(self):
        return 4

RESULT = area(3)
'''
code = compile(src, "shapes.py", "exec")
print(code.co_name, code.co_filename, code.co_firstlineno)
print("names:", code.co_names)
nested = [c for c in code.co_consts if hasattr(c, "co_code")]
print("nested code objects:", [c.co_name for c in nested])

area_code = nested[0]
print("area varnames:", area_code.co_varnames)
print("area argcount:", area_code.co_argcount, "nlocals:", area_code.co_nlocals)
print("area first line:", area_code.co_firstlineno)
print("docstring in consts:", "Area of a rectangle." in area_code.co_consts)

shape_code = nested[1]
print("Shape body code:", shape_code.co_name, shape_code.co_qualname)
method_code = [c for c in shape_code.co_consts if hasattr(c, "co_code")][0]
print("method:", method_code.co_name, method_code.co_qualname, method_code.co_varnames)

ns = {}
exec(code, ns)
print("RESULT:", ns["RESULT"])
print("function code is the nested constant:", ns["area"].__code__ is area_code)
print("function doc:", ns["area"].__doc__)
print("defaults:", ns["area"].__defaults__)

# Expression code objects.
ecode = compile("x + y * z", "<expr>", "eval")
print("expr names:", ecode.co_names, "varnames:", ecode.co_varnames)
print(eval(ecode, {"x": 1, "y": 2, "z": 3}))

# A code object can be turned into a function with the function type.
func_type = type(lambda: None)
f2 = func_type(area_code, {"__builtins__": __builtins__})
print("rebuilt function:", f2.__name__, f2(4, 5))
try:
    f2(4)
except TypeError as e:
    print("TypeError:", e)

# replace() makes modified copies of code objects.
renamed = area_code.replace(co_name="surface")
print(renamed.co_name, area_code.co_name, renamed.co_varnames == area_code.co_varnames)

# Code objects compare equal when built from identical source.
c1 = compile("a = 1", "<same>", "exec")
c2 = compile("a = 1", "<same>", "exec")
c3 = compile("a = 2", "<same>", "exec")
print("equal:", c1 == c2, "different:", c1 == c3)
