# Item assignment and deletion with negative and out-of-range indices.
l = list('abcdef')
l[0] = 'A'
l[-1] = 'F'
print(l)
for i in [6, -7, 2**70]:
    try:
        l[i] = 'x'
    except IndexError as e:
        print(type(e).__name__, e)
del l[1]
del l[-1]
print(l)
try:
    del l[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    l[1.0] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    l[None]
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 1
print(l[I()], l[I():], l[:I()])
l[I()] = 'idx'
print(l)
print(l[True], l[-len(l)])
