# super() and the __class__ cell: zero-argument forms and their errors.
class A:
    def hello(self):
        return "A"

    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"

class B(A):
    def hello(self):
        return "B>" + super().hello()

    @classmethod
    def make(cls):
        return "B>" + super().make()

    def where(self):
        return __class__.__name__

class C(B):
    def hello(self):
        return "C>" + super().hello()

print(C().hello(), "|", C.make(), "|", C().where())

# super() outside a method.
def not_a_method():
    return super()

try:
    not_a_method()
except RuntimeError as e:
    print("RuntimeError:", e)

# super() in a method with no arguments.
class D:
    def weird():
        return super()

try:
    D.weird()
except RuntimeError as e:
    print("RuntimeError:", e)

# A function defined outside and attached later has no __class__ cell.
def attached(self):
    return super().hello()

B.attached = attached
try:
    B().attached()
except RuntimeError as e:
    print("RuntimeError:", e)

# Two-argument super works anywhere.
def explicit(obj):
    return super(B, obj).hello()

print("explicit:", explicit(C()))

# super() inside a nested function of a method refers to its __class__ cell
# but has no first argument.
class E(A):
    def outer(self):
        def inner():
            return super().hello()
        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)

print(E().outer())

# __class__ in a method of a class whose name is rebound.
class Original:
    def me(self):
        return __class__

Alias = Original
del Original
print("__class__ survives rebinding:", Alias().me() is Alias, Alias().me().__name__)

# super object attributes.
s = super(C, C())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
