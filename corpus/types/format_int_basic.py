# format() of ints: widths, alignment, fills, signs and the '0' flag.
values = [0, 7, -7, 42, -1234, 99999]
specs = ["", "d", "5", "<5", ">5", "^5", "=5", "*^9", "+", "-", " ", "+5", " 6", "05", "+05", "-07",
         "x<6", "0<6", "0>6", "0^7", "_^7", "=+8", "#^8"]
for v in values:
    print(v, [format(v, s) for s in specs])

print(format(5, "<05"), format(5, "^05"), format(-5, "<05"))
print(format(12, "0"), format(12, "00"), format(12, "000"))
print(format(-3, "=+10"), format(3, "=+10"), format(3, "= 10"))
print(repr(format(0, "1")), repr(format(-0, "+")))
print(int.__format__(42, "x^9"), (42).__format__(""), (42).__format__("d"))
print(f"{123:>{8}}", f"{-123:0{8}}", f"{123:*<{2 + 5}}")
