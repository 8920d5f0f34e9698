# A state machine: states as classes, transitions via __class__ swaps and a table.
class TransitionError(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event!r} while {state}")
        self.state, self.event = state, event


class State:
    name = "?"
    terminal = False
    transitions = {}

    def on_enter(self, machine):
        pass

    def on_exit(self, machine):
        pass

    def __str__(self):
        return self.name


class Draft(State):
    name = "draft"
    transitions = {"submit": "Review", "delete": "Deleted"}


class Review(State):
    name = "review"
    transitions = {"approve": "Published", "reject": "Draft", "delete": "Deleted"}

    def on_enter(self, machine):
        machine.reviews += 1


class Published(State):
    name = "published"
    transitions = {"archive": "Archived", "edit": "Draft"}

    def on_enter(self, machine):
        machine.version += 1


class Archived(State):
    name = "archived"
    terminal = True


class Deleted(State):
    name = "deleted"
    terminal = True

    def on_enter(self, machine):
        machine.body = ""


STATES = {cls.__name__: cls for cls in (Draft, Review, Published, Archived, Deleted)}


class Document:
    def __init__(self, title, body):
        self.title = title
        self.body = body
        self.state = Draft()
        self.reviews = 0
        self.version = 0
        self.history = [str(self.state)]
        self.listeners = []

    def fire(self, event):
        target = self.state.transitions.get(event)
        if target is None:
            raise TransitionError(self.state, event)
        old = self.state
        old.on_exit(self)
        self.state.__class__ = STATES[target]
        self.state.on_enter(self)
        self.history.append(str(self.state))
        for listener in self.listeners:
            listener(self, self.history[-2], self.state.name)

    def __getattr__(self, name):
        if name.startswith("can_"):
            return name[4:] in self.state.transitions
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def done(self):
        return self.state.terminal


log = []
doc = Document("Guide", "hello")
doc.listeners.append(lambda d, a, b: log.append(f"{d.title}: {a} -> {b}"))
events = ["approve", "submit", "reject", "submit", "approve", "edit", "submit",
          "approve", "publish", "archive", "edit"]
for ev in events:
    try:
        doc.fire(ev)
        print(f"{ev:8} -> {doc.state} (can approve: {doc.can_approve}, done: {doc.done})")
    except TransitionError as e:
        print(f"{ev:8} !! {e} [{type(e.state).__name__}]")
print(doc.history)
print("reviews", doc.reviews, "version", doc.version, "state object type", type(doc.state).__name__)
print("\n".join(log))
doc2 = Document("Memo", "temp")
doc2.fire("delete")
print(doc2.state, repr(doc2.body), doc2.done, doc2.can_submit)
try:
    doc2.missing
except AttributeError as e:
    print("AttributeError:", e)


class TrafficLight:
    cycle = {"red": ("green", 3), "green": ("yellow", 2), "yellow": ("red", 1)}

    def __init__(self):
        self.color = "red"
        self.timer = 0

    def __iter__(self):
        return self

    def __next__(self):
        nxt, dur = self.cycle[self.color]
        self.timer += dur
        self.color = nxt
        if self.timer > 20:
            raise StopIteration
        return self.color, self.timer


print(list(TrafficLight()))
