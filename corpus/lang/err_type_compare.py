# TypeError: ordering comparison between int and str.
values = [3, 1, "2"]
best = values[0]
for v in values:
    print("checking", v)
    if v < best:
        best = v
print(best)
