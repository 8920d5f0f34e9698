# Building strings piece by piece.
def repeat_char(ch, n):
    result = ""
    i = 0
    while i < n:
        result = result + ch
        i = i + 1
    return result


def reverse(s):
    result = ""
    i = len(s) - 1
    while i >= 0:
        result = result + s[i]
        i = i - 1
    return result


def is_palindrome(s):
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i = i + 1
        j = j - 1
    return True


def count_char(s, target):
    count = 0
    for ch in s:
        if ch == target:
            count = count + 1
    return count


def pad_left(s, width):
    while len(s) < width:
        s = " " + s
    return s


for n in range(1, 6):
    print(repeat_char("*", n))
for n in range(5, 0, -1):
    print(pad_left(repeat_char("#", n), 5))
words = ["level", "python", "racecar", "noon", "abc", "a", ""]
for w in words:
    print(repr(w), reverse(w), is_palindrome(w))
text = "mississippi"
for ch in "misp":
    print(ch, count_char(text, ch))
line = ""
for i in range(10):
    line = line + str(i)
    if i < 9:
        line = line + ","
print(line)
table = ""
for row in range(1, 4):
    for col in range(1, 4):
        table = table + str(row * col) + "\t"
    table = table + "\n"
print(table, end="")
print(len(table))
