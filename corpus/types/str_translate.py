# str.maketrans in its three forms and translate with every kind of mapping value.
t = str.maketrans({'a': '1', 'b': None, ord('c'): 'xyz', 'd': 100})
print(sorted(t.items()))
print('abcdef'.translate(t))
t2 = str.maketrans('abc', 'xyz')
print(sorted(t2.items()), 'aabbcc'.translate(t2))
t3 = str.maketrans('ab', 'cd', 'ef')
print(sorted(t3.items()), 'abcdef'.translate(t3))
print('hello'.translate({ord('l'): 'L'}), 'hello'.translate({}), 'hé'.translate({233: 'e'}))
print('abc'.translate([None, 'x'] * 60))
for args in [(1,), ('ab', 'c'), ({'ab': 1},), ({1.5: 'a'},), ('a', 'b', 3), ('a', 1), (1, 'a'), ()]:
    try:
        print(str.maketrans(*args))
    except Exception as e:
        print(type(e).__name__, e)
class M:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError('skip')
        if k == ord('z'):
            raise ValueError('bad')
        return k + 1
print('abx'.translate(M()))
try:
    'z'.translate(M())
except ValueError as e:
    print(type(e).__name__, e)
for m in [{97: 1.5}, {97: 0x110000}, {97: -1}, {97: [1]}]:
    try:
        print('a'.translate(m))
    except Exception as e:
        print(type(e).__name__, e)
print(repr('a'.translate({97: 0x10FFFF})))
