# corpus: full-stderr
# The two-line TypeError for an inconsistent MRO, raised from a class factory.
class Base:
    pass


class Mixin(Base):
    pass


def make(*bases):
    return type("Made", bases, {})


print(make(Mixin, Base).__mro__[1].__name__)
make(Base, Mixin)
