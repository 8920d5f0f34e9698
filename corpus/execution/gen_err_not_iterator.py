# next() needs an iterator; a list is only iterable.
def first_item(seq):
    return next(iter(seq))


def evens(limit):
    for n in range(0, limit, 2):
        yield n


data = [3, 1, 2]
print(first_item(data), first_item("xyz"), first_item(evens(10)))
it = iter(data)
print(next(it), next(it))
gen = (x * 2 for x in data)
print(next(gen))
print(type(iter(data)).__name__, type(gen).__name__)
print(iter(gen) is gen, iter(data) is data)
for bad in ("text", (1, 2)):
    try:
        next(bad)
    except TypeError as e:
        print("TypeError:", e)
print(next(data))
print("not reached")
