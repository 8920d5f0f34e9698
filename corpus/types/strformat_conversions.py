# Conversions !r !s !a on various objects, combined with specs.
class Q:
    def __repr__(self):
        return "Q(\u00e9)"

    def __str__(self):
        return "q-str"

    def __format__(self, spec):
        return "Q-format[" + spec + "]"


values = ["text", "caf\u00e9", 12, 1.5, None, [1, "a"], (1,), {"k": "\u4e2d"}, Q()]
for v in values:
    print("{0} | {0!s} | {0!r} | {0!a} | {0!s:>10} | {0!r:.6}".format(v))
print("{!r:^12}|{!a:<10}|".format("x", "\u00e9"))
