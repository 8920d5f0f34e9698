# Generators consumed by container constructors and reducing builtins.
def gen(n):
    for i in range(n):
        yield (i * 7) % 10

print(list(gen(8)))
print(tuple(gen(5)))
print(sorted(set(gen(10))))
print(frozenset(gen(3)) == frozenset({0, 7, 4}))
print(dict((i, v) for i, v in enumerate(gen(4))))
print(dict(zip("abc", gen(3))))
print(sum(gen(10)), min(gen(10)), max(gen(10)))
print(sorted(gen(6)), sorted(gen(6), reverse=True))
print(any(gen(0)), all(gen(0)))
print(any(v > 8 for v in gen(10)), all(v < 9 for v in gen(5)))
print(len(list(gen(100))))
print(bytes(gen(5)), bytearray(gen(3)))
print(str(list(gen(2))))

# Generators of pairs make dicts.
def pairs():
    yield "one", 1
    yield "two", 2
    yield ["three", 3]
    yield "one", 11  # later keys win

print(dict(pairs()))

# Comprehensions over generators.
print([v * 2 for v in gen(5)])
print({v for v in gen(10) if v % 2 == 0} == {0, 2, 4, 6, 8})
print({i: v for i, v in enumerate(gen(4))})
print([a + b for a in gen(2) for b in gen(3)])

# max/min with key and default.
def words():
    yield from ["kiwi", "banana", "fig", "cherry", "date"]

print(max(words(), key=len), min(words(), key=len))
print(max(words(), key=lambda w: w[-1]), min(words(), key=lambda w: (len(w), w)))
print(max(gen(0), default=None), min(gen(0), default="none"))
print(sorted(words(), key=lambda w: (-len(w), w)))

# sum with a start value, sum of floats.
print(sum((x / 2 for x in range(5)), 0.5))
print(sum(([x] for x in range(3)), []))

# Once consumed, the same generator gives nothing.
g = gen(4)
print(sum(g), sum(g), list(g), max(g, default="empty"))
