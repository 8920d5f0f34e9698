# f-strings: format specs on every builtin type, inline expressions.
x, y, name = 42, 3.14159, "world"
print(f"{x}", f"{x:5}", f"{x:<5}|", f"{x:^7}|", f"{x:+}", f"{x:#x}", f"{x:08b}", f"{x:,}", f"{x * 1000:_}")
print(f"{y}", f"{y:.2f}", f"{y:10.3}", f"{y:e}", f"{y:%}", f"{-y:+.1f}", f"{y:g}")
print(f"hello {name}!", f"{name:>8}", f"{name:.3}", f"{name!r}", f"{name[::-1]}")
print(f"{x + 1} {x * y:.1f} {[1, 2, 3][1]} {'a' 'b'} {len(name)}")
print(f"{{}} {{x}} {{{x}}}")
print(f"{x}{y}{name}", f"" == "", f"{''}" == "")
items = {"apple": 1.5, "banana": 0.25, "cherry": 12}
for k, v in items.items():
    print(f"{k:<10}{v:>8.2f}")
print(f"{'nested' + f'{x:03}'}")
print(f"{3 if x > 3 else 4}", f"{(lambda a: a * 2)(4)}", f"{x!s:>4}")
