# append, extend, insert, pop, remove, reverse, clear, copy.
b = bytearray(b"abc")
b.append(100)
b.extend(b"ef")
b.extend([103, 104])
b.extend(x for x in (105,))
b.extend(bytearray(b"j"))
b.extend(memoryview(b"k"))
print(b)
b.insert(0, 48)
b.insert(-1, 49)
b.insert(100, 50)
b.insert(-100, 51)
print(b)
print(b.pop(), b.pop(0), b.pop(-2), b)
b.remove(ord("a"))
print(b)
b.reverse()
print(b)
c = b.copy()
b.clear()
print(b, c, len(b))
for call in [lambda: b.append(256), lambda: b.append("a"), lambda: b.append(), lambda: b.extend(1),
             lambda: b.extend("ab"), lambda: b.extend([300]), lambda: b.insert("a", 1), lambda: b.insert(0, 999),
             lambda: b.pop(), lambda: c.pop(99), lambda: c.remove(0), lambda: c.remove(256),
             lambda: c.pop(1, 2), lambda: b.clear(1), lambda: c.extend(None)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(c)
class I:
    def __index__(self):
        return 65
c.append(I())
c.insert(I(), I())
print(c)
