# corpus: full-stderr
# An exception raised inside a generator propagates out through the for loop.
def parse_numbers(lines):
    for number, line in enumerate(lines, 1):
        yield number, int(line)


def totals(lines):
    running = 0
    for number, value in parse_numbers(lines):
        running += value
        yield number, running


good = ["1", "2", "3"]
print("good totals:", list(totals(good)))

for number, running in totals(["10", "20", "x30", "40"]):
    print(f"line {number}: running total {running}")
print("not reached")
