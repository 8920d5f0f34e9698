# Tuples: immutable sequences, 1-tuples, empty tuple, nesting.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1])
print(())
print((1,))
print((1))
print(("a",))
print(((),))
print(((1,),))
print((1, (2, (3, (4,)))))
print(1, 2)
print((1, 2))
u = 4, 5, 6
print(u)
print(t + u)
print(t * 2)
print((0,) * 4)
print(t == (1, 2, 3), t != (3, 2, 1))
print(() == ())
nested = ((1, 2), [3, 4], {"k": (5,)})
print(nested)
nested[1][0] = 30
print(nested)
print(type(()))
print(type((1,)))
print(type((1)))
coords = [(0, 0), (1, 0), (1, 1), (0, 1)]
for x, y in coords:
    print("corner", x, y)
people = (("Ann", 31), ("Bob", 27))
for p in people:
    print(p[0], "is", p[1])
print(people[1][0][2])
print((1.5, "x", None, True))
print(repr((1, "a")), str((1, "a")))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(0, 0)], d[1, 2])
