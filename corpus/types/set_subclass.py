# set subclasses: operators and methods return plain sets; in-place keeps the object.
class S(set):
    def extra(self):
        return 'extra'
s = S([1, 2, 3])
print(type(s | {4}).__name__, type(s & {1}).__name__, type(s - {1}).__name__, type(s ^ {9}).__name__)
print(type(s.union()).__name__, type(s.copy()).__name__, type(s.intersection([1])).__name__)
t = s
s |= {10}
s -= {1}
print(type(s).__name__, s is t, sorted(s), s.extra())
print(s == {2, 3, 10}, {2, 3, 10} == s, repr(S()), repr(S([1])))
class Loud(set):
    def __ior__(self, other):
        print('custom ior')
        return self
l = Loud()
l |= {1}
print(l)
