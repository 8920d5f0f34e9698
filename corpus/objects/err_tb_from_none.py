# corpus: full-stderr
# raise ... from None hides the original exception in the traceback.
class Record:
    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"record has no field {name!r}") from None


r = Record(name="ann", age=3)
print(r.name, r.age)
print(r.email)
