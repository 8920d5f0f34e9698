# ZeroDivisionError from true division inside nested calls.
def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)


def report(name, values):
    print(name, "average:", average(values))


report("first", [1, 2, 3, 4])
report("second", [10])
report("third", [2.5, 3.5])
report("empty", [])
print("not reached")
