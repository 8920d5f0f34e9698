# Comparison operators, including chained comparisons.
def val(label, v):
    print("  eval", label)
    return v


x = 5
print(1 < x < 10)
print(1 < x < 3)
print(0 <= x <= 5)
print(x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5)
print(1 < 2 < 3 > 4)
print(3 > 2 > 1)
print(1 == 1 != 2)
print(1 != 1 == 2)
print(5 > 3 == True)
print((5 > 3) == True)
print(1 < 2 == 2 < 3)
print("chain once:")
print(val("a", 1) < val("b", 2) < val("c", 3))
print("chain stops:")
print(val("a", 3) < val("b", 2) < val("c", 1))
print(10 == 10.0)
print(10 < 10.5)
print(-1 < -0.5)
print(2 ** 100 > 1e30)
print(2 ** 100 < 1e31)
print(2 ** 53 + 1 == 2.0 ** 53)
print("a" < "b" < "c")
print("abc" == "abc" != "abd")
print([1, 2] == [1, 2])
print([1, 2] != [2, 1])
print((1, 2) == (1, 2))
print({"a": 1} == {"a": 1})
print(1 == "1")
print(0 == False)
print(None == False)
for n in range(-2, 13, 3):
    if 0 < n < 10:
        print(n, "is between 0 and 10")
    elif n >= 10:
        print(n, "is at least 10")
    else:
        print(n, "is at most 0")
a = 3
b = 3
c = 4
print(a == b < c, a < b == c, a <= b <= c >= a)
