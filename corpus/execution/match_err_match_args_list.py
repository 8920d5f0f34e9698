# __match_args__ must be a tuple: a list raises TypeError at match time.
class Record:
    __match_args__ = ["key", "value"]

    def __init__(self, key, value):
        self.key = key
        self.value = value


records = [Record("a", 1), Record("b", 2), Record("c", 3)]
print("match args:", Record.__match_args__)
for r in records:
    match r:
        case Record(key="a"):
            print("keyword patterns work:", r.value)
        case Record(key="b", value=v):
            print("two keywords work too:", v)
        case Record(k, v):
            print("never reached", k, v)
