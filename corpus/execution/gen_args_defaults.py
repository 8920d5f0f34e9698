# Generator functions with positional, default, keyword, *args and **kwargs parameters.
def span(start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    i = start
    while (step > 0 and i < stop) or (step < 0 and i > stop):
        yield i
        i += step

print(list(span(5)))
print(list(span(2, 8)))
print(list(span(10, 0, -3)))
print(list(span(step=2, start=1, stop=9)))

def repeat_each(*items, times=2):
    for item in items:
        for _ in range(times):
            yield item

print(list(repeat_each("x", "y")))
print(list(repeat_each(1, 2, 3, times=1)))
print(list(repeat_each(times=5)))

def labelled(**fields):
    for key in sorted(fields):
        yield f"{key}={fields[key]}"

print(list(labelled(b=2, a=1, c=3)))

# A mutable default shared between calls: the generator sees the same list.
def collect(value, bucket=[]):
    bucket.append(value)
    yield from bucket

print(list(collect(1)))
print(list(collect(2)))
print(list(collect(3, [])))
print(list(collect(4)))

# Arguments are bound at call time, even though the body runs later.
def show(a, b):
    yield a
    yield b

items = [1, 2]
g = show(items, len(items))
items.append(3)
print(next(g), next(g))

# Keyword-only and positional-only parameters.
def window(seq, /, size, *, fill="-"):
    for i in range(len(seq)):
        chunk = seq[i:i + size]
        yield chunk + fill * (size - len(chunk))

print(list(window("abcde", 3)))
print(list(window("abcd", size=3, fill=".")))
try:
    window(seq="abc", size=2)
except TypeError as e:
    print("TypeError:", e)
try:
    span()
except TypeError as e:
    print("TypeError:", e)
