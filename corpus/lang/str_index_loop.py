# Walking strings: vowels, digits, case via lookup tables.
lower = "abcdefghijklmnopqrstuvwxyz"
upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def find(s, ch):
    i = 0
    while i < len(s):
        if s[i] == ch:
            return i
        i = i + 1
    return -1


def to_upper(s):
    out = ""
    for ch in s:
        pos = find(lower, ch)
        if pos >= 0:
            out = out + upper[pos]
        else:
            out = out + ch
    return out


def caesar(s, shift):
    out = ""
    for ch in s:
        pos = find(lower, ch)
        if pos >= 0:
            out = out + lower[(pos + shift) % 26]
        else:
            out = out + ch
    return out


def count_vowels(s):
    vowels = "aeiou"
    n = 0
    for ch in s:
        if find(vowels, ch) >= 0:
            n = n + 1
    return n


print(to_upper("hello, world"))
secret = caesar("attack at dawn", 3)
print(secret)
print(caesar(secret, -3))
print(caesar("xyz", 30))
for w in ["banana", "sky", "education", "queue"]:
    print(w, count_vowels(w))
digits = "0123456789"
number = "48151623"
total = 0
for ch in number:
    total = total + find(digits, ch)
print("digit sum", total)
value = 0
for ch in number:
    value = value * 10 + find(digits, ch)
print(value + 1)
print(find("hello", "l"), find("hello", "z"))
