# Subclassing float and str.
class Celsius(float):
    def to_f(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"{float(self):.1f}°C"


c = Celsius(21.5)
print(c, repr(c), c.to_f(), type(c + 1).__name__, c.is_integer(), round(c))
print(sorted([Celsius(3), Celsius(-1.5), 2.0]))


class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().lower())

    def html(self):
        return "<" + self + ">"

    def __str__(self):
        return "#" + super().__str__()


t = Tag("  Bold ")
print(t, repr(t), t.html(), len(t), t.upper(), type(t.upper()).__name__)
print(t == "bold", "bold" == t, {"bold": 1}[t], t in ["bold"], hash(t) == hash("bold"))
print("-".join([t, Tag("I")]), t + "!", type(t + "!").__name__)
print(f"{t}", "%s" % t, str(t), format(t))
print(t.startswith("bo"), t[1:], type(t[1:]).__name__, list(t))
print(sorted([Tag("b"), Tag("A"), "c"]))


class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other)


p = Path("/usr") / "local" / "bin"
print(p, type(p).__name__, p.split("/"))
