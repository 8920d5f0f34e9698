# __getattribute__ intercepts every attribute access.
class Logged:
    def __init__(self):
        self.x = 1
        self.y = 2

    def __getattribute__(self, name):
        if not name.startswith("__"):
            log = object.__getattribute__(self, "_log") if name != "_log" else None
            if log is not None:
                log.append(name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.x + self.y


obj = Logged()
obj._log = []
print(obj.x, obj.y)
print(obj.method())
print(obj._log)


class Upper:
    def __init__(self):
        self.name = "value"

    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        if isinstance(v, str):
            return v.upper()
        return v

    def __getattr__(self, name):
        return "missing:" + name


u = Upper()
print(u.name, u.other)
print(getattr(u, "name"), hasattr(u, "anything"))


class Blocked:
    secret = 42

    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("secret is hidden")
        return object.__getattribute__(self, name)


b = Blocked()
try:
    b.secret
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(b, "secret"), Blocked.secret)
print(type(b).__name__)
