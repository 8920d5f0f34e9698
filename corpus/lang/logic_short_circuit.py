# and/or return one of their operands and evaluate lazily.
def loud(label, value):
    print("  eval", label)
    return value


print(1 and 2)
print(0 and 2)
print(1 or 2)
print(0 or 2)
print("" or "fallback")
print("set" or "fallback")
print(None or 0)
print(0 or None)
print([] or [1])
print([] and [1])
print(1 and 2 and 3)
print(1 and 0 and 3)
print(0 or "" or None)
print(0 or "" or "last")
print(not 1 or 2)
print(not (1 or 2))
print(1 or 2 and 0)
print((1 or 2) and 0)
print("test 1")
r = loud("a", 0) and loud("b", 1)
print(" ->", r)
print("test 2")
r = loud("a", 1) and loud("b", 2)
print(" ->", r)
print("test 3")
r = loud("a", 1) or loud("b", 2)
print(" ->", r)
print("test 4")
r = loud("a", 0) or loud("b", "") or loud("c", "found")
print(" ->", r)
print("test 5")
r = loud("a", 1) and loud("b", 0) or loud("c", 3)
print(" ->", r)
print("test 6")
if loud("a", False) and loud("b", True):
    print("yes")
else:
    print("no")
print("test 7")
if not loud("a", 0) or loud("b", 1):
    print("yes")
x = 5
print(x > 0 and x < 10)
print(x > 0 and "positive")
print(x < 0 or "not negative")
d = {"n": 0}
print(d["n"] or 42)
lst = [0, 1]
print(len(lst) > 5 and lst[5])
