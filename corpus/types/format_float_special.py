# nan, inf and negative zero: signs, zero padding, and the 3.11 'z' option.
nan, inf = float("nan"), float("inf")
for v in [nan, -nan, inf, -inf]:
    print([format(v, s) for s in ["", "+", " ", "010", "+010", "<8", "^9", "*=9", "010,", "e", "F", "G", "%", "z"]])
for v in [-0.0, 0.0, -0.001, -0.0001, -1e-300]:
    print([format(v, s) for s in ["", "z", "z.1f", ".1f", "z.0f", "z.2e", "z.3g", "z%", "+z.1f", " z.2f", "z010.1f", "z.2"]])
print(format(-0.4, "z.0f"), format(-0.5, "z.0f"), format(-0.6, "z.0f"), format(-0.0, "zg"))
print(f"{-0.0:z}", f"{-0.001:z.2f}", f"{-1e-9:+z.3f}")
try:
    format(-0.0, "z.1s")
except ValueError as e:
    print("ValueError", e)
