# __alloc__ follows CPython's growth policy; size changes are visible.
b = bytearray()
print(b.__alloc__())
sizes = []
for i in range(20):
    b.append(i)
    sizes.append(b.__alloc__())
print(sizes)
print(bytearray(b"abc").__alloc__(), bytearray(10).__alloc__())
b = bytearray(b"x" * 100)
print(b.__alloc__())
del b[:90]
print(len(b), b.__alloc__())
b.clear()
print(b.__alloc__())
print(bytearray.__alloc__.__doc__ is None or True)
