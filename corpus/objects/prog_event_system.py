# An event system: a metaclass registry of event types, handlers registered by decorator.
class EventMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        fields = []
        for b in bases:
            fields.extend(getattr(b, "fields", ()))
        fields.extend(ns.get("fields", ()))
        ns["fields"] = tuple(fields)
        cls = super().__new__(mcls, name, bases, ns)
        if not ns.get("abstract", False):
            mcls.registry[name.lower()] = cls
        return cls

    def __repr__(cls):
        return f"<event {cls.__name__} {cls.fields}>"


class Event(metaclass=EventMeta):
    abstract = True
    fields = ("source",)

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__} takes {len(self.fields)} fields")
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError(f"{type(self).__name__} has no field {k!r}")
            if k in values:
                raise TypeError(f"duplicate value for {k!r}")
            values[k] = v
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError(f"{type(self).__name__} missing {', '.join(missing)}")
        self.__dict__.update(values)

    def __repr__(self):
        inner = ", ".join([f"{f}={getattr(self, f)!r}" for f in self.fields])
        return f"{type(self).__name__}({inner})"


class UserEvent(Event):
    abstract = True
    fields = ("user",)


class Login(UserEvent):
    pass


class Logout(UserEvent):
    fields = ("duration",)


class Purchase(UserEvent):
    fields = ("item", "amount")


class Alarm(Event):
    fields = ("level",)


class Bus:
    def __init__(self):
        self.handlers = {}
        self.history = []

    def on(self, *event_types):
        def register(func):
            for et in event_types:
                self.handlers.setdefault(et, []).append(func)
            return func
        return register

    def emit(self, event):
        self.history.append(event)
        called = 0
        for cls in type(event).__mro__:
            for h in self.handlers.get(cls, []):
                h(event)
                called += 1
        return called

    def emit_named(self, name, *args, **kwargs):
        try:
            cls = EventMeta.registry[name]
        except KeyError:
            raise LookupError(f"no event type {name!r}") from None
        return self.emit(cls(*args, **kwargs))


bus = Bus()
totals = {}
sessions = []


@bus.on(Purchase)
def add_total(e):
    totals[e.user] = totals.get(e.user, 0) + e.amount


@bus.on(Login, Logout)
def track(e):
    sessions.append((type(e).__name__, e.user))


@bus.on(UserEvent)
def audit(e):
    print("  audit:", e)


@bus.on(Event)
def count_all(e):
    count_all.n += 1


count_all.n = 0


@bus.on(Alarm)
def alarm(e):
    if e.level > 2:
        print("  ALARM from", e.source, "level", e.level)


print(sorted(EventMeta.registry))
print(Purchase, Logout.fields)
script = [
    ("login", ("web", "ann"), {}),
    ("purchase", ("web", "ann", "book", 12), {}),
    ("purchase", ("app",), {"user": "bob", "item": "pen", "amount": 3}),
    ("alarm", ("sensor-1", 1), {}),
    ("alarm", ("sensor-2", 5), {}),
    ("purchase", ("web", "ann", "lamp", 30), {}),
    ("logout", ("web", "ann", 42), {}),
    ("refund", ("web",), {}),
    ("purchase", ("web", "ann"), {}),
    ("login", ("web",), {"user": "cy", "colour": "red"}),
    ("alarm", ("s", 1, 2), {}),
    ("login", ("web", "dee"), {"user": "dee"}),
]
for name, args, kwargs in script:
    try:
        n = bus.emit_named(name, *args, **kwargs)
        print(f"{name}: {n} handlers")
    except (TypeError, LookupError) as e:
        print(f"{name}: {type(e).__name__}: {e}")
print("totals:", sorted(totals.items()))
print("sessions:", sessions)
print("events seen:", count_all.n, len(bus.history))
print([type(e).__name__ for e in bus.history])
print(isinstance(bus.history[0], UserEvent), type(Login).__name__, "event" in EventMeta.registry)
