# Slice assignment and deletion, with steps, and their errors.
l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[::2] = 'vwxyz'[:len(l[::2])]
print(l)
l = list(range(10))
try:
    l[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    l[::-3] = []
except ValueError as e:
    print(type(e).__name__, e)
l[::-3] = 'abcd'
print(l)
del l[::3]
print(l)
del l[-2:]
print(l)
l[1:1] = range(3)
print(l)
l[len(l):] = (9, 9)
print(l)
l[:] = l
print(l)
l[2:4] = l
print(l)
try:
    l[0:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    l['a'] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del l[100]
except IndexError as e:
    print(type(e).__name__, e)
l = [1, 2, 3, 4]
l[3:1] = ['x']
print(l)
del l[::-1]
print(l)
l = list(range(6))
l[1::2] = (i * 10 for i in range(3))
print(l, l[::-2], l[10:], l[-100:2], l[::3])
try:
    l[::0]
except ValueError as e:
    print(type(e).__name__, e)
t = tuple(range(6))
print(t[::2], t[-2:], t[5:1:-2])
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
