# Nested generator expressions and a genexp as the sole argument of a call.
def show(it):
    return "|".join(str(x) for x in it)

print(show(x for x in range(5)))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(min((len(w), w) for w in ["pear", "fig", "kiwi", "yam"]))
print(sorted(w[::-1] for w in ["abc", "de", "f"]))
print(tuple(x for x in "hey"))
print(set(x % 3 for x in range(10)) == {0, 1, 2})
print(any(x > 8 for x in range(10)), all(x < 8 for x in range(10)))

# With extra arguments the genexp needs parentheses.
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(max((x for x in []), default="empty"))
print(sum((x for x in range(4)), 100))

# Genexp of genexps.
rows = (range(i) for i in range(4))
print(list(list(x * 2 for x in r) for r in rows))
nested = ((i, j) for i in range(3) for j in (k * 10 for k in range(i)))
print(list(nested))

# A genexp consuming another genexp (a pipeline).
nums = (n for n in range(1, 21))
odd = (n for n in nums if n % 2)
squared = (n * n for n in odd)
small = (n for n in squared if n < 200)
print(list(small))

# Pipelines share the underlying iterator.
src = iter(range(10))
evens = (x for x in src if x % 2 == 0)
print(next(evens), next(src), next(evens), next(src))

# Inner genexp in the element expression sees the outer loop variable.
words = ["apple", "kiwi", "banana"]
print(list("".join(c for c in w if c not in "aeiou") for w in words))
print(list(sum(1 for c in w if c == "a") for w in words))

# Genexp in lambda and default arguments.
count_if = lambda pred, seq: sum(1 for x in seq if pred(x))
print(count_if(str.isupper, "HeLLo WoRLD"))

def f(values=list(x * 2 for x in range(3))):
    return values

print(f())

# Calling with a genexp and keyword arguments.
print(dict.fromkeys((c for c in "abca"), 0))
print(list(map(lambda p: p[0] * p[1], ((i, i + 1) for i in range(4)))))
print(" ".join(str(n) for n in (x for x in range(3))))
