# += and *= mutate in place; + and * make new objects.
b = bytearray(b"ab")
alias = b
b += b"cd"
print(b, alias, b is alias)
b += bytearray(b"e")
b += memoryview(b"f")
print(b)
b *= 2
print(b, alias is b)
b *= 0
print(b, alias)
c = bytearray(b"xy")
d = c + b"z"
print(c, d, d is c)
e = c * 3
print(e, type(e))
try:
    c += "str"
except TypeError as err:
    print("TypeError", err)
try:
    c *= 1.5
except TypeError as err:
    print("TypeError", err)
try:
    c += 5
except TypeError as err:
    print("TypeError", err)
x = b"imm"
y = x
x += b"utable"
print(x, y, x is y)
print(c.__iadd__(b"!"), c.__imul__(2), c)
print(c.__iadd__("no"))
