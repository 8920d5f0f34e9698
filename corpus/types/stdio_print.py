# print(): sep, end, file, flush and their errors.
import sys
print()
print(1, "a", None, [1, 2])
print(1, 2, 3, sep=", ", end=".\n")
print("x", sep=None, end=None)
print("a", "b", sep="")
print(file=sys.stdout)
print("to stdout", file=None, flush=True)
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collect()
print("p", 1, 2.5, sep="|", end="$", file=c)
print(c.parts)
for kw in [{"sep": 1}, {"end": []}, {"file": 3}, {"bogus": 1}]:
    try:
        print("x", **kw)
    except Exception as e:
        print(type(e).__name__, e)
class Bad:
    def __str__(self):
        raise ValueError("no str")
try:
    print("before", Bad())
except ValueError as e:
    print("error", e)
