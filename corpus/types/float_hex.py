# float.hex and float.fromhex, exactly as CPython.
for x in [1.0, -0.0, 0.0, 0.1, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1e22, -2.5, 3.0,
          float("inf"), float("-inf"), float("nan"), 1 / 3, 123.456]:
    print(repr(x), x.hex(), float.fromhex(x.hex()) == x or x != x)
for s in ["0x1.8p1", " -0X1.FFFFFFFFFFFFFp1023 ", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "1", ".8", "0x1.p1", "-inf", "+Infinity", "nan", "0x0p+99999999999999999999",
          "0xABCDEF.123p-4", "0x.0001p20", "0x1P+3", "  0x1p0\n", "0x1.fffffffffffffp1023", "0x3p-1076"]:
    print(repr(s), float.fromhex(s))
for s in ["x1", "0x", "0x.p1", "0x1p", "0x1p+", "1.2.3", "0x1 2", "", "0xg", "infx"]:
    try:
        float.fromhex(s)
    except ValueError as e:
        print(repr(s), e)
for s in ["0x1p1024", "0x1.fffffffffffff8p1023", "0x1p+99999999999999999999", "-0x2p1023"]:
    try:
        float.fromhex(s)
    except OverflowError as e:
        print(repr(s), e)
try:
    float.fromhex(1)
except TypeError as e:
    print(e)
class F(float): pass
print(type(F.fromhex("0x1p3")).__name__, F.fromhex("0x1p3"), (2.5).fromhex("0x1p1"))
