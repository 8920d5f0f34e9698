# Grouping and windowing helpers written as generators.
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x

def groupby(it, key=lambda x: x):
    group = []
    for x in it:
        if group and key(x) != key(group[-1]):
            yield key(group[-1]), group
            group = []
        group.append(x)
    if group:
        yield key(group[-1]), group

def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)

def sliding(it, n):
    window = []
    for x in it:
        window.append(x)
        if len(window) > n:
            window.pop(0)
        if len(window) == n:
            yield tuple(window)

def unique(it, key=lambda x: x):
    seen = []
    for x in it:
        k = key(x)
        if k not in seen:
            seen.append(k)
            yield x

def repeat(x, n):
    for _ in range(n):
        yield x

print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise("")))
print(list(groupby("aaabccdd")))
print([(k, len(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
print(list(batched(range(7), 3)), list(batched([], 2)))
print(list(sliding("abcde", 3)), list(sliding("ab", 3)))
print(list(unique("mississippi")))
print(list(unique(["Apple", "avocado", "Banana", "blueberry", "cherry"], key=lambda w: w[0].lower())))
print(list(repeat("z", 3)), list(repeat(0, 0)))

# Combining them: run-length encoding and decoding.
def rle(text):
    for ch, run in groupby(text):
        yield f"{len(run)}{ch}"

def unrle(codes):
    for code in codes:
        yield from repeat(code[-1], int(code[:-1]))

encoded = list(rle("aaaabbbcca"))
print(encoded)
print("".join(unrle(encoded)))

# Differences between neighbours and moving averages.
values = [3, 7, 4, 9, 12, 10]
print([b - a for a, b in pairwise(values)])
print([sum(w) / len(w) for w in sliding(values, 3)])
print([max(b) for b in batched(values, 4)])
