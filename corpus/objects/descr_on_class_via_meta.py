# Descriptors stored on a metaclass apply to class attribute access.
class ClassProp:
    def __get__(self, cls, meta):
        if cls is None:
            return self
        return "computed for " + cls.__name__


class Meta(type):
    info = ClassProp()

    @property
    def lower_name(cls):
        return cls.__name__.lower()


class Widget(metaclass=Meta):
    pass


class Button(Widget):
    pass


print(Widget.info, Button.info, Button.lower_name)
print(hasattr(Button(), "lower_name"))
print(type(Meta.__dict__["info"]).__name__)
try:
    Button.lower_name = "x"
except AttributeError as e:
    print("AttributeError:", e)
