# Methods looked up on builtin types and called with an explicit instance.
l = []
list.append(l, 1)
list.append(l, 2)
list.extend(l, [3, 4])
print(l, list.__len__(l), list.index(l, 3))
print(str.join(", ", ["a", "b", "c"]))
print(str.upper("shout"), str.split("a b  c"), str.replace("aaa", "a", "b", 2))
print(dict.fromkeys(["x", "y"]), dict.fromkeys("ab", 0))
d = {"k": 1}
print(dict.get(d, "k"), dict.get(d, "z", "none"), dict.keys(d))
print(int.__add__(3, 4), int.__mul__(6, 7), int.__neg__(5))
print(int.__add__(3, 4.5))
print(float.__add__(1.5, 2), float.__truediv__(1.0, 4))
print(str.__add__("ab", "cd"), str.__mul__("ab", 3), str.__len__("hello"))
print(int.__lt__(1, 2), int.__eq__(1, 1), int.__eq__(1, "1"))
print(list.__getitem__([10, 20, 30], 1), tuple.__getitem__((1, 2), -1))
print(dict.__getitem__({"a": 9}, "a"), dict.__contains__({"a": 9}, "b"))
m = str.strip
print(m("  pad  "), type(m).__name__)
f = list.append
print(type(f).__name__, f.__name__, f.__qualname__)
b = [].append
print(type(b).__name__, b.__name__)
print(sorted(["b", "A", "c"], key=str.lower))
print(list(map(str.title, ["ab cd", "ef"])))
print(list(map(int.bit_length, [1, 255, 256])))
print(object.__repr__ is not None, int.__repr__(42), str.__repr__("q"))
try:
    list.append("not a list", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__add__("a", 1)
except TypeError as e:
    print("TypeError:", e)
