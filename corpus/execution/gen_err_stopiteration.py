# corpus: full-stderr
# An unguarded next() inside a generator: StopIteration becomes RuntimeError (PEP 479).
def chunks(items, size):
    it = iter(items)
    while True:
        chunk = [next(it) for _ in range(size)]
        yield chunk


def safe_chunks(items, size):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start:start + size]


for chunk in safe_chunks([1, 2, 3, 4, 5], 2):
    print("safe chunk", chunk)

for chunk in chunks([1, 2, 3, 4, 5], 2):
    print("chunk", chunk)
