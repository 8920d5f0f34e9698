# String concatenation, indexing and dict updates.
def build(n):
    digits = "0123456789"
    counts = {}
    for d in digits:
        counts[d] = 0
    s = ""
    for i in range(n):
        s = s + digits[(i * 7) % 10]
        if len(s) > 50:
            for ch in s:
                counts[ch] += 1
            s = ""
    return counts


print(build(1000000))
