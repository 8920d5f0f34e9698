# __int__, __float__, __round__, __trunc__-free conversions and __bool__ for numbers.
class Frac:
    def __init__(self, n, d):
        self.n, self.d = n, d

    def __int__(self):
        return self.n // self.d

    def __float__(self):
        return self.n / self.d

    def __round__(self, ndigits=None):
        value = self.n / self.d
        if ndigits is None:
            return round(value)
        return round(value, ndigits)

    def __repr__(self):
        return f"{self.n}/{self.d}"


f = Frac(22, 7)
print(int(f), float(f), round(f), round(f, 2), round(Frac(5, 2)))
print(f"{float(f):.3f}", int(Frac(-7, 2)))


class IndexOnly:
    def __index__(self):
        return 12


print(int(IndexOnly()), float(IndexOnly()))


class BadInt:
    def __int__(self):
        return "x"


try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)


class BadFloat:
    def __float__(self):
        return 1


try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
try:
    int(object())
except TypeError as e:
    print("TypeError:", e)
try:
    float(object())
except TypeError as e:
    print("TypeError:", e)
try:
    round(object())
except TypeError as e:
    print("TypeError:", e)
print(round(2.675, 2), round(3.5), round(4.5), round(-0.5))
