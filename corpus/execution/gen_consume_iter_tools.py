# Generators with enumerate, zip, map, filter, iter and reversed.
def letters(s):
    for ch in s:
        yield ch

print(list(enumerate(letters("abc"))))
print(list(enumerate(letters("abc"), start=10)))
print(list(zip(letters("abcd"), range(3))))
print(list(zip(letters("xy"), letters("pqr"), letters("123"))))
print(list(map(str.upper, letters("map"))))
print(list(map(lambda a, b: a + b, letters("ab"), letters("cd"))))
print(list(filter(lambda c: c != "l", letters("hello"))))
print(list(filter(None, (x % 3 for x in range(7)))))

# zip stops at the shortest and leaves the other generators where they are.
long = letters("abcdef")
short = letters("xy")
print(list(zip(long, short)))
print(list(long))  # zip pulled one extra item from `long` before noticing

# zip with strict=True
try:
    list(zip(letters("ab"), letters("abc"), strict=True))
except ValueError as e:
    print("ValueError:", e)

# reversed() does not accept generators.
try:
    reversed(letters("abc"))
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(list(letters("abc")))))
try:
    len(letters("abc"))
except TypeError as e:
    print("TypeError:", e)
try:
    letters("abc")[0]
except TypeError as e:
    print("TypeError:", e)

# enumerate/map/filter/zip are lazy: they only pull what is needed.
def noisy(n):
    for i in range(n):
        print("  yield", i)
        yield i

m = map(lambda x: x * 100, noisy(5))
print("map created")
print(next(m))
print(next(m))
e = enumerate(noisy(3))
print(next(e))
f = filter(lambda x: x > 1, noisy(4))
print(next(f))

# iter(callable, sentinel) with a generator's __next__.
g = letters("abc.def")
print(list(iter(g.__next__, ".")))
print(list(g))
