# Binary, octal and hex presentation types, '#' prefixes and '_' every four digits.
values = [0, 1, 10, 255, -255, 4096, 65535, -65536, 2**40 + 5, -(2**70)]
for v in values:
    print(format(v, "b"), format(v, "o"), format(v, "x"), format(v, "X"))
    print(" ", format(v, "#b"), format(v, "#o"), format(v, "#x"), format(v, "#X"))
    print(" ", format(v, "_b"), format(v, "_o"), format(v, "_x"), format(v, "#_X"))
for spec in ["#010x", "#010X", "010x", "#<10x", "#^12b", "#=12o", "+#x", " #o", "#012_b", "0=#12x"]:
    print(spec, repr(format(255, spec)), repr(format(-255, spec)))
print(format(0, "#x"), format(0, "#b"), format(0, "#o"))
print(f"{3735928559:#_X}", f"{3735928559:_x}")
