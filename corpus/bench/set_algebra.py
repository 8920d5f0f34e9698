# Set algebra: unions, intersections, differences, membership and in-place
# updates over sets of ints and tuples.
def run(n, rounds):
    total = 0
    for r in range(rounds):
        a = set(range(0, n, 2))
        b = set(range(0, n, 3))
        c = {(i % 97, i % 89) for i in range(n)}
        u = a | b
        i = a & b
        d = a - b
        s = a ^ b
        a |= {x + r for x in range(0, n, 5)}
        b &= u
        hits = sum(1 for x in range(n) if x in i)
        total += len(u) + len(i) + len(d) + len(s) + len(a) + len(b) + len(c) + hits
        total += a.isdisjoint(d) + i.issubset(u) + len(u.difference(i, d))
    return total


print("set_algebra(60000, 20) =", run(60000, 20))
