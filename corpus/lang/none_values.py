# None: the value of functions that return nothing.
def nothing():
    pass


def early(x):
    if x > 0:
        return
    print("x was not positive")


def maybe(x):
    if x > 10:
        return "big"


print(None)
print(nothing())
print(early(5))
print(early(-5))
print(maybe(20), maybe(1))
print(repr(None))
print(str(None))
print(type(None))
print(None == None)
print(None != None)
print(None == 0)
print(None == "")
print(not None)
print([None, None])
print({"a": None})
print((None,))
result = nothing()
if result == None:
    print("result is None")
x = None
print(x or "default")
print(x and "never")
values = [3, None, 7, None]
total = 0
for v in values:
    if v != None:
        total = total + v
print(total)
