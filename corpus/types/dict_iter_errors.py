# Errors from changing a dict while iterating over it or its views.
d = {1: 1, 2: 2}
for op in ['add', 'del', 'replace']:
    d = {1: 1, 2: 2, 3: 3}
    try:
        for key in d:
            if op == 'add':
                d[key + 10] = 0
            elif op == 'del':
                del d[key]
            else:
                del d[key]
                d[key + 100] = 0
        print(op, 'no error', d)
    except RuntimeError as e:
        print(op, type(e).__name__, e)
d = {1: 1, 2: 2}
for key in d:
    d[key] = 'changed'
print(d)
for view in ('keys', 'values', 'items'):
    d = {1: 1, 2: 2}
    try:
        for x in getattr(d, view)():
            d.pop(2, None)
            d[3] = 3
    except RuntimeError as e:
        print(view, type(e).__name__, e)
d = {1: 1}
it = iter(d)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    next(it)
except StopIteration:
    print('StopIteration after error')
except RuntimeError as e:
    print('again', e)
d = {'a': 1, 'b': 2}
it = iter(d.items())
print(it.__length_hint__(), next(it), it.__length_hint__())
print(type(iter(d)).__name__, type(iter(d.values())).__name__, type(iter(d.items())).__name__)
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
