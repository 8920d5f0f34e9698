# __doc__ of classes and methods.
class Documented:
    """A documented class."""

    def method(self):
        """Does a thing."""
        return 1

    def undocumented(self):
        return 2


class Plain:
    x = 1


class NotDoc:
    x = 1
    "this string is not the docstring"


print(repr(Documented.__doc__))
print(repr(Documented().__doc__))
print(repr(Documented.method.__doc__))
print(repr(Documented.undocumented.__doc__))
print(repr(Plain.__doc__))
print(repr(NotDoc.__doc__))


class Sub(Documented):
    pass


print(repr(Sub.__doc__))
print("__doc__" in Sub.__dict__, "__doc__" in Documented.__dict__)


class Multi:
    """First line.

    More lines here.
    """


print(Multi.__doc__.splitlines()[0])
print(len(Multi.__doc__.splitlines()))
