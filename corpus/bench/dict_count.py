# Counting with dicts: word frequencies through get(), setdefault(), `in`
# tests and items() sorting — the everyday dict workload.
def run(rounds):
    text = ("the quick brown fox jumps over the lazy dog and the dog sleeps while "
            "the fox runs far away from the farm where the lazy dog lives ") * 40
    words = text.split()
    top = None
    for r in range(rounds):
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        pairs = {}
        for a, b in zip(words, words[1:]):
            key = (a, b)
            if key in pairs:
                pairs[key] += 1
            else:
                pairs[key] = 1
        groups = {}
        for w in words:
            groups.setdefault(len(w), []).append(w)
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        top.append(max(pairs.values()) + len(groups) + r % 2)
    return top


print("dict_count(400) =", run(400))
