# str's format spec: fills, alignment, width and precision (truncation).
words = ["", "a", "abc", "hello world", "h\u00e9llo", "\u4e2d\u6587"]
for w in words:
    print([format(w, s) for s in ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", "5.2", ">5.1", ".0", "10.3s", "-^4", "05", "0>5"]])
print(format("ab", "\u00e9^6"), format("ab", "\u2605>5"), format("ab", "<>5"), format("ab", "^^5"))
print(format("x", "{<4"), format("x", "}>4"), format("abc", "=<8"))
print(repr(format("abc", "1")), repr(format("abc", ".5")), repr(format("abc", ".3")))
print(f"{'left':<10}|{'right':>10}|{'mid':^11}|")
print(str.__format__("xyz", ">6"), "xyz".__format__(""))
