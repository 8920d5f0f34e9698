# list.sort / sorted: stability, key, reverse, errors, mutation during sort.
data = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
l = list(range(20, 0, -1)) * 3
l.sort()
print(l[:10], l[-5:])
words = 'the quick brown fox jumps over The lazy dog'.split()
print(sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([3, 1.5, 2, True, -1]), sorted([[2, 1], [1, 5], [1, 2]]))
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 2, 1].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, 2].sort(cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
l = [3, 1, 2]
def k(x):
    l.append(x)
    return x
try:
    l.sort(key=k)
except ValueError as e:
    print(type(e).__name__, e)
print(l)
l = [3, 1, 2]
def bad(x):
    if x == 2:
        raise KeyError(x)
    return x
try:
    l.sort(key=bad)
except KeyError as e:
    print('KeyError', e, l)
seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
big = [rand(1000) for _ in range(5000)]
s = sorted(big)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), s == sorted(big, reverse=True)[::-1])
pairs = [(rand(10), i) for i in range(2000)]
print(sorted(pairs, key=lambda p: p[0]) == sorted(pairs))
print(sorted([], reverse=True), sorted('bca'), sorted((3, 2, 1), key=None))
