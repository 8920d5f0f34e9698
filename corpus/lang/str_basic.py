# String concatenation, repetition, indexing and length.
greeting = "Hello"
name = "World"
message = greeting + ", " + name + "!"
print(message)
print(len(message))
print(message[0])
print(message[7])
print(message[-1])
print(message[-6])
print(message[len(message) - 1])
print("ab" * 3)
print(3 * "xy")
print("-" * 20)
print("abc" * 0)
print("abc" * -2)
print(len(""))
print("" + "")
print(len("a" * 1000))
print("apple" < "banana")
print("apple" < "Apple")
print("abc" == "abc")
print("abc" != "abd")
print("abc" < "abcd")
print("Z" < "a")
print("10" < "9")
print("" < "a")
print("abc" >= "abc")
word = "python"
i = 0
while i < len(word):
    print(i, word[i], word[-1 - i])
    i = i + 1
s = ""
for ch in word:
    s = ch + s
print(s)
print(str(42) + str(3.5) + str(True) + str(None))
print("x" + str(-7))
print(type("hi"))
print("tab\there")
print("multi\nline")
print('single quotes with "double" inside')
print("double quotes with 'single' inside")
empty = ""
print("[" + empty + "]")
print(len("ünïcödé"))
print("ünïcödé"[2])
print("日本語"[-1])
print(len("日本語"))
