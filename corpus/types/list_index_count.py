# list/tuple index and count with start/stop bounds.
l = [1, 2, 3, 1, 2, 3, 1.0]
t = tuple(l)
for seq in (l, t):
    print(seq.index(1), seq.index(1, 1), seq.index(1, -3), seq.index(3, 3, 6), seq.index(2, -100, 100),
          seq.count(1), seq.count(3), seq.count('x'))
    for args in [(1, 4, 5), (9,), (3, -1), (1, 2**80)]:
        try:
            print(seq.index(*args))
        except ValueError as e:
            print(type(e).__name__, e)
    for args in [(1, 'a'), (1, 1.0), ()]:
        try:
            seq.index(*args)
        except TypeError as e:
            print(type(e).__name__, e)
    print(seq.index(1, -2**80), seq.index(1, None) if False else '')
class E:
    def __eq__(self, o):
        return o == 3
print(l.index(E()), l.count(E()), t.index(E(), 3))
nan = float('nan')
print([nan].count(nan), (nan,).index(nan))
