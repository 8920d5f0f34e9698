# append/extend/insert/remove/pop/clear/copy/reverse with their errors.
l = []
l.append(1)
l.extend([2, 3])
l.extend(range(4, 6))
l.extend('ab')
l.extend(x for x in (9,))
print(l)
l.remove('a')
print(l, l.pop(), l.pop(0), l)
l.reverse()
print(l)
c = l.copy()
print(c == l, c is l)
l.clear()
print(l, c)
for f, a in [(l.append, ()), (l.extend, (1,)), (l.insert, (1,)), (l.remove, ()), (l.pop, (1, 2)), (l.clear, (1,)),
             (l.pop, ('a',)), (l.index, ())]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
l = [1, 2]
l.extend(l)
print(l)
l += l
print(l, len(l))
x = [3, 1, 2]
print(x.sort(), x, sorted(x, reverse=True), x.count(1), x.index(2))
