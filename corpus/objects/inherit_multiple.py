# Multiple inheritance: mixins, method resolution, attribute resolution.
class JsonMixin:
    def to_json(self):
        parts = []
        for k in sorted(vars(self)):
            v = getattr(self, k)
            parts.append('"' + k + '": ' + (('"' + v + '"') if isinstance(v, str) else str(v)))
        return "{" + ", ".join(parts) + "}"


class ReprMixin:
    def __repr__(self):
        fields = ", ".join([k + "=" + repr(v) for k, v in sorted(vars(self).items())])
        return type(self).__name__ + "(" + fields + ")"


class Entity:
    kind = "entity"

    def __init__(self, ident):
        self.ident = ident


class User(JsonMixin, ReprMixin, Entity):
    kind = "user"

    def __init__(self, ident, name):
        super().__init__(ident)
        self.name = name


u = User(7, "ann")
print(u.to_json())
print(repr(u), u)
print([c.__name__ for c in User.__mro__])
print(u.kind, isinstance(u, JsonMixin), isinstance(u, Entity))


class A:
    def who(self):
        return "A"

    def only_a(self):
        return "only in A"


class B:
    def who(self):
        return "B"

    def only_b(self):
        return "only in B"


class AB(A, B):
    pass


class BA(B, A):
    pass


print(AB().who(), BA().who(), AB().only_b(), BA().only_a())
print([c.__name__ for c in AB.__mro__], [c.__name__ for c in BA.__mro__])
