# __format__: format(), f-strings and str.format pass the spec through.
class Temp:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        print("__format__", repr(spec))
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        if spec.endswith("C"):
            return format(self.c, spec[:-1] + "f") + "C"
        return str(self.c) + " degrees"


t = Temp(21.5)
print(format(t, ".1F"), format(t, "C"), format(t))
print(f"{t:.2F} | {t:>8.1C} | {t}")
print("{0:F} and {0:.0C}".format(t))
w = 10
print(f"{t:{'.'}{w // 5}C}")


class Default:
    def __str__(self):
        return "default-str"


print(f"{Default()}", format(Default(), ""))
try:
    f"{Default():>10}"
except TypeError as e:
    print("TypeError:", e)


class Money(float):
    def __format__(self, spec):
        return "$" + super().__format__(spec or ".2f")


print(f"{Money(3.14159)}", f"{Money(2):.0f}", format(Money(1.5), "08.3f"))


class BadFormat:
    def __format__(self, spec):
        return 1


try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
print(format(255, "x"), format(3.5, "06.2f"), format("s", "^5"), format(True, "d"))
