# Conditional expressions.
for x in [-3, 0, 4]:
    y = "positive" if x > 0 else "not positive"
    print(x, y)
    print("zero" if x == 0 else "negative" if x < 0 else "positive")
a = 5
b = 9
largest = a if a > b else b
print(largest)
print((a if a < b else b) * 10)
print(a if False else b if False else "neither")
for n in range(4):
    print(n, "even" if n % 2 == 0 else "odd")


def loud(v):
    print("evaluated", v)
    return v


print(loud(1) if True else loud(2))
print(loud(1) if False else loud(2))
print(loud("a") if loud(0) else loud("b"))
s = ""
for i in range(10):
    s = s + (str(i) if i % 3 else "_")
print(s)
label = None
print(label if label else "unnamed")


def abs_value(n):
    return n if n >= 0 else -n


print(abs_value(-12), abs_value(12), abs_value(-2 ** 70))
count = 1
print(f"{count} item{'s' if count != 1 else ''}")
count = 3
print(f"{count} item{'s' if count != 1 else ''}")
