# Word statistics without string methods: manual splitting and counting.
text = "the quick brown fox jumps over the lazy dog the fox barks"


def split_words(s):
    words = []
    current = ""
    for ch in s:
        if ch == " ":
            if current != "":
                words = words + [current]
                current = ""
        else:
            current = current + ch
    if current != "":
        words = words + [current]
    return words


def count_words(words):
    counts = {}
    order = []
    for w in words:
        found = False
        for seen in order:
            if seen == w:
                found = True
                break
        if found:
            counts[w] += 1
        else:
            counts[w] = 1
            order = order + [w]
    return counts, order


words = split_words(text)
print(words)
print(len(words), "words")
counts, order = count_words(words)
print(counts)
for w in order:
    print(f"{w:>6} {'#' * counts[w]}")
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print("longest:", longest)
print(split_words("   spaced   out   "))
print(split_words(""))
joined = ""
for i in range(len(words)):
    if i > 0:
        joined = joined + "_"
    joined = joined + words[i]
print(joined)
acronym = ""
for w in words:
    acronym = acronym + w[0]
print(acronym)
