# A typed-attribute descriptor that validates on assignment.
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_val_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.slot, value)


class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")


class Product:
    name = Typed(str, "unnamed")
    price = Positive(float)
    qty = Positive(int, 0)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty


p = Product("pen", 1.5, 3)
print(p.name, p.price, p.qty)
for attr, value in [("name", 5), ("price", 2), ("qty", -1), ("qty", 2.0), ("qty", 7)]:
    try:
        setattr(p, attr, value)
        print("ok", attr, getattr(p, attr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(p.qty)
print(sorted(vars(p)))
print(Product.name.kind.__name__, Product.qty.default)
