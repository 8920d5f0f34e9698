# A positional sub-pattern and a keyword naming the same attribute.
class Item:
    __match_args__ = ("name", "price")

    def __init__(self, name, price):
        self.name = name
        self.price = price


items = [Item("pen", 2), Item("book", 12), Item("lamp", 30)]
for it in items:
    match it:
        case Item(n, price=p) if p < 5:
            print("cheap", n, p)
        case Item(n, p) if p < 20:
            print("medium", n, p)
        case Item(name=n, price=p):
            print("dear", n, p)
total = 0
for it in items:
    match it:
        case Item(_, p):
            total += p
print("total", total)
match items[0]:
    case Item(n, name="pen"):
        print("unreachable")
