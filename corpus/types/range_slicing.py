# Slicing a range gives a range with CPython's start/stop/step.
r = range(2, 30, 3)
for s in [slice(None), slice(1, 5), slice(None, None, 2), slice(None, None, -1), slice(-3, None), slice(5, 1, -2),
          slice(100, 200), slice(-100, 3), slice(None, None, -3), slice(3, 3), slice(1, -1, 4), slice(8, None, -5)]:
    x = r[s]
    print(s, x, list(x) == list(r)[s], x.start, x.stop, x.step)
r = range(10, 0, -2)
print(r[::2], r[1:], r[::-1], r[:0], r[-1:-10:-3])
print(range(0)[::-1], range(5)[::-1], range(0, 10, 3)[::-1], range(-5)[2:])
big = range(2**70, 2**70 + 10**6, 7)
print(big[5:10], big[-1], big[::-1][:2], len(big[3:9]))
try:
    r[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    r['a']
except TypeError as e:
    print(type(e).__name__, e)
