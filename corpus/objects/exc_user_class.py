# User-defined exception classes with extra attributes and methods.
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem

    def hint(self):
        return "check the " + self.field + " field"


class RangeError(ValidationError):
    def __init__(self, field, value, lo, hi):
        super().__init__(field, f"{value} not in [{lo}, {hi}]")
        self.value = value


def validate(record):
    if "name" not in record:
        raise ValidationError("name", "missing")
    if not 0 <= record.get("age", 0) <= 150:
        raise RangeError("age", record["age"], 0, 150)
    return "ok"


for rec in [{"name": "a", "age": 3}, {"age": 4}, {"name": "b", "age": 200}]:
    try:
        print(validate(rec))
    except RangeError as e:
        print("RangeError:", e, "|", e.value, e.field, e.hint(), e.args)
    except ValidationError as e:
        print("ValidationError:", e, "|", e.problem, e.hint(), e.args)
e = RangeError("x", 1, 2, 3)
print(repr(e), str(e), isinstance(e, Exception))


class Plain(Exception):
    pass


print(repr(Plain()), repr(Plain("a")), repr(Plain("a", 2)), str(Plain("a", 2)), str(Plain()))


class WithStr(Exception):
    def __str__(self):
        return "custom message"


print(str(WithStr("ignored")), repr(WithStr("x")), WithStr("y").args)
try:
    raise WithStr
except WithStr as err:
    print("caught", err)
