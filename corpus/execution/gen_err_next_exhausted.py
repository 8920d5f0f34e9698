# next() without a default on an exhausted generator, outside any generator.
def tokens(text):
    for word in text.split():
        yield word.lower()
    return "end of text"


t = tokens("Hello Generator World")
print(next(t))
print(next(t))
print(next(t))
print(next(t, "default"))
try:
    next(t)
except StopIteration as e:
    print("caught StopIteration, value:", e.value)

t2 = tokens("one")
print(next(t2))
# Uncaught at module level, the StopIteration carries the return value.
print(next(t2))
print("not reached")
