# if / elif / else chains.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    elif score >= 60:
        return "D"
    else:
        return "F"


def sign(n):
    if n > 0:
        return 1
    elif n < 0:
        return -1
    return 0


def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    else:
        return str(n)


for s in [100, 95, 90, 89, 80, 79, 70, 65, 60, 59, 0]:
    print(s, grade(s))
for n in [-5, 0, 5, -0.5, 2 ** 70, -(2 ** 70)]:
    print(n, sign(n))
line = ""
for i in range(1, 31):
    line = line + fizzbuzz(i) + " "
print(line)
x = 7
if x > 5:
    if x > 6:
        print("x > 6")
    else:
        print("5 < x <= 6")
if x:
    print("x is truthy")
if not x:
    print("never")
else:
    print("else branch")
if x == 1:
    print("one")
elif x == 7:
    print("seven")
elif x == 7:
    print("seven again (never)")
years = [1900, 1996, 2000, 2001, 2023, 2024, 2100, 2400]
idx = 0
while idx < len(years):
    year = years[idx]
    if year % 400 == 0:
        kind = "leap (400)"
    elif year % 100 == 0:
        kind = "not leap (100)"
    elif year % 4 == 0:
        kind = "leap"
    else:
        kind = "common"
    print(year, kind)
    idx += 1
if 0:
    pass
elif "":
    pass
elif None:
    pass
else:
    print("all falsy")
