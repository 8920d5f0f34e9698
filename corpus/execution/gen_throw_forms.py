# The three call forms of generator.throw().
class AppError(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        print("  AppError created with", args)

def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print(f"  caught {type(e).__name__} args={e.args}")
            yield f"handled {type(e).__name__}"

g = catcher()
print(next(g))

# 1. an exception instance
print(g.throw(ValueError("instance form")))
print(next(g))

# 2. an exception class: instantiated with no arguments
print(g.throw(KeyError))
print(next(g))

# 3. a class and a value: the value becomes the argument
print(g.throw(IndexError, "value form"))
print(next(g))
print(g.throw(AppError, "custom"))
print(next(g))

# class and a tuple value: the tuple is unpacked into the arguments
print(g.throw(AppError, ("x", 2)))
print(next(g))

# class and an instance of that class: the instance is used as is
inst = AppError("prebuilt")
print(g.throw(AppError, inst))
print(next(g))

# The thrown object must be an exception.
try:
    g.throw(42)
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(int)
except TypeError as e:
    print("TypeError:", e)

# Instance plus a separate value is rejected.
try:
    g.throw(ValueError("a"), "b")
except TypeError as e:
    print("TypeError:", e)

print(next(g))

# The thrown exception object is the same one the generator sees.
def keep():
    try:
        yield
    except Exception as e:
        yield e

k = keep()
next(k)
err = RuntimeError("same")
print(k.throw(err) is err)
