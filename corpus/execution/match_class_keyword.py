# Keyword sub-patterns look attributes up with getattr; missing attributes mean no match.
class User:
    def __init__(self, name, role, active=True):
        self.name = name
        self.role = role
        self.active = active

class Admin(User):
    pass

def check(u):
    match u:
        case Admin(name=n, active=False):
            return f"inactive admin {n}"
        case Admin(name=n):
            return f"admin {n}"
        case User(role="guest"):
            return "some guest"
        case User(name=n, role=r, active=True):
            return f"active {r} {n}"
        case User(name=n):
            return f"inactive user {n}"
        case _:
            return "not a user"

people = [Admin("root", "admin"), Admin("old", "admin", active=False),
          User("g", "guest"), User("ann", "dev"), User("bob", "dev", False), "x"]
for p in people:
    print(check(p))

# Missing attribute: no match, no error.
class Loose:
    pass

obj = Loose()
obj.a = 1
match obj:
    case Loose(a=1, b=2):
        print("matched with b?!")
    case Loose(a=a):
        print("matched a only:", a)

# Attributes computed by properties and __getattr__.
class Lazy:
    @property
    def size(self):
        print("  computing size")
        return 10

    def __getattr__(self, name):
        print("  __getattr__", name)
        if name == "color":
            return "blue"
        raise AttributeError(name)

match Lazy():
    case Lazy(size=10, color="blue"):
        print("lazy matched")

match Lazy():
    case Lazy(shape="round"):
        print("shape?!")
    case Lazy(size=s):
        print("fallback size", s)

# Mixing positional and keyword sub-patterns.
class Pair:
    __match_args__ = ("left",)

    def __init__(self, left, right):
        self.left = left
        self.right = right

for p in [Pair(1, 2), Pair(1, 3), Pair(0, 2)]:
    match p:
        case Pair(1, right=2):
            print("one-two")
        case Pair(l, right=r):
            print("pair", l, r)
