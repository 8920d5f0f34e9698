# round() of ints: negative ndigits round half to even.
for n in [12345, 12350, 12450, -12450, 5, 15, 25, -25, 149, 150, 250, 10 ** 30 + 5 * 10 ** 14, -(2 ** 70)]:
    print(n, [round(n, d) for d in (-1, -2, -3, -20, 0, 2)], round(n), type(round(n, -1)).__name__)
print(round(True, -1), round(True), type(round(True)).__name__, round(7, 2))
class Idx:
    def __index__(self): return -1
print(round(15, Idx()), (25).__round__(-1), (35).__round__(Idx()))
for src in ["round(5, 1.5)", "round(5, '1')", "(5).__round__(1, 2)"]:
    try:
        print(eval(src))
    except TypeError as e:
        print(e)
