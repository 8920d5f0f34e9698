# IndexError on a string.
word = "hey"
for i in range(5):
    print(i, word[i])
