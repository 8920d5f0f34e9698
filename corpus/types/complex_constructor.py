# complex() in every form: numbers, two arguments, strings, special methods.
print(complex(), complex(2), complex(2.5), complex(True), complex(1, 2), complex(1.5, -2.5))
print(complex(1j), complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(real=3, imag=4), complex(imag=2))
class HasComplex:
    def __complex__(self): return 3 + 4j
class HasFloat:
    def __float__(self): return 2.5
class HasIndex:
    def __index__(self): return 7
print(complex(HasComplex()), complex(HasFloat()), complex(HasIndex()), complex(HasFloat(), HasIndex()))
print(complex(HasComplex(), 1))
x = 1 + 2j
print(complex(x) is x)
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Bad:
    def __complex__(self): return 1.5
attempt(lambda: complex(Bad()))
attempt(lambda: complex([]))
attempt(lambda: complex(1, []))
attempt(lambda: complex("1", 2))
attempt(lambda: complex(1, "2"))
attempt(lambda: complex(None))
attempt(lambda: complex(1, 2, 3))
attempt(lambda: complex(foo=1))
