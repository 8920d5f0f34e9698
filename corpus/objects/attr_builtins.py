# getattr / setattr / hasattr / delattr with dynamic names.
class Settings:
    debug = False


s = Settings()
for name, value in [("host", "localhost"), ("port", 8080), ("debug", True)]:
    setattr(s, name, value)
print(s.host, s.port, s.debug, Settings.debug)
print(getattr(s, "host"), getattr(s, "missing", None), getattr(s, "port", 0))
print(hasattr(s, "host"), hasattr(s, "nope"), hasattr(Settings, "debug"))
delattr(s, "debug")
print(s.debug)
try:
    getattr(s, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(s, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(s, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(s, 5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    hasattr(s, None)
except TypeError as e:
    print("TypeError:", e)
# names that are not identifiers still work with setattr/getattr
setattr(s, "with space", 1)
print(getattr(s, "with space"), sorted(vars(s)))
print(getattr(5, "real"), getattr("abc", "upper")())
print(getattr([1, 2], "__len__")())
method = getattr(s, "__class__")
print(method.__name__)
fields = ["a", "b", "c"]
for i, f in enumerate(fields):
    setattr(Settings, f, i)
print([getattr(s, f) for f in fields])
try:
    setattr(3, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print("TypeError:", e)
