# ValueError: int() of text that is not a number.
inputs = ["12", "-3", " 40 ", "abc", "7"]
total = 0
for s in inputs:
    n = int(s)
    total += n
    print("running total", total)
