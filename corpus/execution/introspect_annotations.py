# __annotations__, __doc__ and __dict__ on functions, classes and modules.
def typed(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True

print(typed.__annotations__)
print(list(typed.__annotations__))

def untyped(a, b):
    pass

print("empty annotations:", untyped.__annotations__)
untyped.__annotations__["a"] = "added"
print("mutable:", untyped.__annotations__)

class Annotated:
    """Class docstring."""
    x: int
    y: str = "default"
    z: "Annotated"

    def method(self) -> None:
        """Method docstring."""

print(Annotated.__annotations__)
print("x is not a class attribute:", hasattr(Annotated, "x"), Annotated.y)
print(Annotated.__doc__, Annotated.method.__doc__, Annotated.method.__annotations__)

# Module-level annotations go into the module __annotations__.
count: int = 5
name: str
print(__annotations__)
print("count =", count, "| name defined:", "name" in globals())

# Local annotations are not stored anywhere.
def local_ann():
    v: int = 3
    return v

print(local_ann(), local_ann.__annotations__)

# Annotation expressions are evaluated at definition time.
order = []

def note(label):
    order.append(label)
    return label

def evaluated(p: note("p"), q: note("q")) -> note("ret"):
    pass

print(order, evaluated.__annotations__)

# Docstrings: first statement string only.
def doc_then_code():
    "single quoted doc"
    return 1

def code_then_string():
    x = 1
    "not a doc"
    return x

print(repr(doc_then_code.__doc__), repr(code_then_string.__doc__))

# Lambdas have no docstrings or annotations.
lam = lambda v: v
print(lam.__doc__, lam.__annotations__)

# Function __dict__ holds arbitrary attributes.
def tagged():
    pass

tagged.version = 2
tagged.tags = ["a", "b"]
print(sorted(tagged.__dict__.items()))
tagged.__dict__ = {"replaced": True}
print(tagged.replaced, hasattr(tagged, "version"))
