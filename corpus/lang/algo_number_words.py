# Spell numbers in English using list and dict lookups.
ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"]
tens = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
        7: "seventy", 8: "eighty", 9: "ninety"}
scales = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]


def below_thousand(n):
    words = ""
    if n >= 100:
        words = ones[n // 100] + " hundred"
        n = n % 100
        if n == 0:
            return words
        words = words + " and "
    if n < 20:
        return words + ones[n]
    words = words + tens[n // 10]
    if n % 10:
        words = words + "-" + ones[n % 10]
    return words


def spell(n):
    if n < 0:
        return "minus " + spell(-n)
    if n < 1000:
        return below_thousand(n)
    words = ""
    for value, name in scales:
        if n >= value:
            part = below_thousand(n // value) + " " + name
            if words:
                words = words + ", " + part
            else:
                words = part
            n = n % value
    if n:
        words = words + ", " + below_thousand(n)
    return words


for n in [0, 7, 13, 20, 21, 99, 100, 101, 110, 342, 999, 1000, 1001, 2024,
          10000, 65536, 100000, 999999, 1000000, 1234567, -45, 2147483647]:
    print(f"{n:>11}: {spell(n)}")
letters = 0
for n in range(1, 101):
    for ch in spell(n):
        if ch != " " and ch != "-":
            letters += 1
print("letters used for 1..100:", letters)
