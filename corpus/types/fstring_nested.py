# Nested replacement fields inside f-string format specs.
width, prec = 12, 3
value = 3.14159265
print(f"{value:{width}.{prec}f}|", f"{value:<{width}}|", f"{value:{'>'}{width}.{prec - 1}e}|")
for w in range(4, 10, 2):
    print(f"[{'x':^{w}}]", f"[{42:0{w}d}]", f"[{-42:+0{w}}]")
fill, align = "*", "^"
print(f"{'mid':{fill}{align}{width}}")
spec = ".2%"
print(f"{0.4567:{spec}}", f"{1234567:{','}}", f"{255:{'#'}{'x'}}")
rows = [("a", 1.5), ("bbb", 22.25), ("cc", 333.125)]
w = max(len(r[0]) for r in rows)
for name, v in rows:
    print(f"{name:<{w}} {v:>{w + 5}.{2}f}")
