# KeyError's str is the repr of the key (one argument), unlike other exceptions.
for key in ["name", 3, (1, 2), None, "", "it's", 2.5]:
    try:
        {}[key]
    except KeyError as e:
        print(str(e), "|", repr(e), "|", e.args, "|", e.args[0] == key)
print(str(KeyError("a", "b")), str(KeyError()), str(LookupError("plain")))


class MyKeyError(KeyError):
    pass


print(str(MyKeyError("k")))
d = {"x": 1}
try:
    d.pop("y")
except KeyError as e:
    print("pop:", e)
try:
    set().remove("gone")
except KeyError as e:
    print("set.remove:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
