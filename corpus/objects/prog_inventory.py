# An inventory system with a transaction context manager that rolls back on failure.
class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, only {have} in stock")
        self.sku, self.wanted, self.have = sku, wanted, have


class UnknownItem(InventoryError, KeyError):
    def __str__(self):
        return f"unknown item {self.args[0]!r}"


class Item:
    __slots__ = ("sku", "name", "price", "qty")

    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty

    def __repr__(self):
        return f"Item({self.sku}, {self.name!r}, {self.price:.2f}, qty={self.qty})"

    @property
    def value(self):
        return self.price * self.qty


class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise UnknownItem(sku) from None

    def __iter__(self):
        return iter(sorted(self._items.values(), key=lambda i: i.sku))

    def add(self, item):
        self._items[item.sku] = item

    def receive(self, sku, n):
        self[sku].qty += n
        self.log.append(("in", sku, n))

    def ship(self, sku, n):
        item = self[sku]
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self.log.append(("out", sku, n))

    def transaction(self):
        return Transaction(self)

    @property
    def total_value(self):
        return round(sum([i.value for i in self]), 2)


class Transaction:
    def __init__(self, inv):
        self.inv = inv

    def __enter__(self):
        self.saved_qty = {i.sku: i.qty for i in self.inv}
        self.saved_log = len(self.inv.log)
        print("  begin transaction")
        return self.inv

    def __exit__(self, et, ev, tb):
        if et is None:
            print("  commit")
            return False
        for sku, qty in self.saved_qty.items():
            self.inv[sku].qty = qty
        del self.inv.log[self.saved_log:]
        print(f"  rollback ({et.__name__}: {ev})")
        return issubclass(et, InventoryError)


inv = Inventory()
for sku, name, price, qty in [("A1", "widget", 2.5, 10), ("B2", "gadget", 12.0, 3),
                              ("C3", "doohickey", 0.75, 100)]:
    inv.add(Item(sku, name, price, qty))
print(len(inv), "A1" in inv, "Z9" in inv, inv.total_value)

orders = [
    [("ship", "A1", 4), ("ship", "C3", 50)],
    [("ship", "B2", 2), ("ship", "B2", 2)],
    [("receive", "B2", 5), ("ship", "Z9", 1)],
    [("receive", "A1", 1), ("ship", "A1", 7)],
]
for n, order in enumerate(orders, 1):
    print(f"order {n}: {order}")
    with inv.transaction() as t:
        for action, sku, qty in order:
            getattr(t, action)(sku, qty)
    print("  stock:", [(i.sku, i.qty) for i in inv])

print("log:", inv.log)
print("value:", inv.total_value)
for item in inv:
    print(" ", item, f"value={item.value:.2f}")
try:
    inv["nope"]
except KeyError as e:
    print("KeyError caught:", type(e).__name__, e, isinstance(e, InventoryError))
try:
    with inv.transaction():
        inv.ship("A1", 1)
        raise RuntimeError("power failure")
except RuntimeError as e:
    print("escaped:", e)
print("after power failure:", inv["A1"].qty, inv.log[-1])
try:
    inv["A1"].colour = "red"
except AttributeError as e:
    print("AttributeError:", e)
