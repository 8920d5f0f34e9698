# Positional, default and keyword arguments.
def describe(name, age, city="Paris", country="France"):
    print(name, age, city, country)


describe("Ann", 30)
describe("Bob", 25, "Lyon")
describe("Cy", 40, "Berlin", "Germany")
describe("Di", 35, country="Italy")
describe(name="Ed", age=50)
describe(age=22, name="Flo", city="Nice")
describe("Gus", age=61, country="Spain", city="Madrid")


def power(base, exponent=2):
    return base ** exponent


print(power(5))
print(power(5, 3))
print(power(exponent=4, base=2))
print(power(2, exponent=10))


def make_line(char="-", width=10):
    return char * width


print(make_line())
print(make_line("="))
print(make_line(width=3))
print(make_line("*", 5))
print(make_line(width=4, char="+"))


def clamp(value, low=0, high=100):
    if value < low:
        return low
    if value > high:
        return high
    return value


for v in [-5, 50, 150]:
    print(clamp(v), clamp(v, 10), clamp(v, high=60), clamp(v, -10, 10))


def default_evaluated_once(x, bucket=[]):
    bucket += [x]
    return bucket


print(default_evaluated_once(1))
print(default_evaluated_once(2))
print(default_evaluated_once(3, []))
print(default_evaluated_once(4))
limit = 3


def uses_global_default(x, lim=limit):
    return x + lim


limit = 100
print(uses_global_default(1))


def no_params():
    return "no params"


print(no_params())


def many(a, b, c, d, e, f, g, h):
    return a + 2 * b + 3 * c + 4 * d + 5 * e + 6 * f + 7 * g + 8 * h


print(many(1, 2, 3, 4, 5, 6, 7, 8))
print(many(1, 1, 1, 1, h=0, g=0, f=0, e=0))
