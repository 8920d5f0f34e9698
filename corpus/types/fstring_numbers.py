# f-strings as a table formatter: a mix of numeric specs.
data = [(1, 0.5, -3), (22, 12.125, 400), (333, -7.0, 12345678), (4444, 1e-3, -99)]
print(f"{'n':>5}|{'ratio':^10}|{'delta':>12}|")
for n, r, d in data:
    print(f"{n:>5}|{r:^10.3f}|{d:>+12,}|")
for n, r, d in data:
    print(f"{n:05d} {n:#06x} {n:o} {r:.2e} {r:>8.1%} {d:_} {d:=+10}")
total = sum(d for _, _, d in data)
print(f"{total=:,}", f"{total / len(data):.3f}", f"{abs(total):e}")
print(f"{2**100:,}")
print(f"{-0.0:.1f} {-0.0:z.1f} {float('nan'):>6} {float('-inf'):<6}|")
