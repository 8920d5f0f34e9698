# printf-style %s %r %a with widths, precision and non-ASCII text.
words = ["", "abc", "caf\u00e9", "\u4e2d\u6587", "it's", 'say "hi"']
for w in words:
    print("[%s] [%r] [%a] [%5s] [%-5s] [%.2s] [%5.1r] [%-8a]" % (w, w, w, w, w, w, w, w))
print("%s %r %a" % (1.5, [1, "x"], {"\u00e9": None}))
print("%s|%5s|%-5s|%.1s" % (42, 42, 42, 42))
print("%s" % (None,), "%s" % ((1, 2),), "%r" % ((),))
print("%05s|%+s|% s|%#s" % ("x", "y", "z", "w"))


class T:
    def __str__(self):
        return "T-str"

    def __repr__(self):
        return "T-r\u00e9pr"


print("%s %r %a %.3s" % (T(), T(), T(), T()))
