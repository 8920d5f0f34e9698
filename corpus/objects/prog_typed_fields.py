# A typed-field descriptor library: validators compose, models declare fields.
class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class Field:
    _counter = 0

    def __init__(self, default=None, required=True):
        self.default = default
        self.required = required and default is None
        Field._counter += 1
        self.order = Field._counter

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_f_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if value is None:
            if self.required:
                raise ValidationError(self.name, "is required")
        else:
            value = self.validate(value)
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        if self.required:
            raise ValidationError(self.name, "cannot delete a required field")
        if hasattr(obj, self.storage):
            delattr(obj, self.storage)

    def validate(self, value):
        return value

    def __repr__(self):
        return f"{type(self).__name__}({self.name})"


class Integer(Field):
    def __init__(self, min_value=None, max_value=None, **kw):
        super().__init__(**kw)
        self.min_value, self.max_value = min_value, max_value

    def validate(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(self.name, f"expected int, got {type(value).__name__}")
        if self.min_value is not None and value < self.min_value:
            raise ValidationError(self.name, f"{value} < {self.min_value}")
        if self.max_value is not None and value > self.max_value:
            raise ValidationError(self.name, f"{value} > {self.max_value}")
        return value


class String(Field):
    def __init__(self, max_len=None, choices=None, **kw):
        super().__init__(**kw)
        self.max_len, self.choices = max_len, choices

    def validate(self, value):
        if not isinstance(value, str):
            raise ValidationError(self.name, f"expected str, got {type(value).__name__}")
        value = value.strip()
        if self.max_len is not None and len(value) > self.max_len:
            raise ValidationError(self.name, f"longer than {self.max_len}")
        if self.choices and value not in self.choices:
            raise ValidationError(self.name, f"{value!r} not one of {sorted(self.choices)}")
        return value


class Email(String):
    def validate(self, value):
        value = super().validate(value).lower()
        local, at, domain = value.partition("@")
        if not at or not local or "." not in domain:
            raise ValidationError(self.name, f"bad address {value!r}")
        return value


class ListOf(Field):
    def __init__(self, item_field, **kw):
        super().__init__(**kw)
        self.item_field = item_field

    def __set_name__(self, owner, name):
        super().__set_name__(owner, name)
        self.item_field.name = name + "[]"

    def validate(self, value):
        return [self.item_field.validate(v) for v in value]


class Model:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        fields = []
        for klass in reversed(cls.__mro__):
            for v in vars(klass).values():
                if isinstance(v, Field) and v not in fields:
                    fields.append(v)
        cls._fields = sorted(fields, key=lambda f: f.order)

    def __init__(self, **values):
        unknown = set(values) - {f.name for f in self._fields}
        if unknown:
            raise TypeError(f"unknown fields: {sorted(unknown)}")
        errors = []
        for f in self._fields:
            try:
                setattr(self, f.name, values.get(f.name))
            except ValidationError as e:
                errors.append(str(e))
        if errors:
            raise ValueError("; ".join(errors))

    def to_dict(self):
        return {f.name: getattr(self, f.name) for f in self._fields}

    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join([f"{k}={v!r}" for k, v in self.to_dict().items()]) + ")"


class Person(Model):
    name = String(max_len=10)
    age = Integer(min_value=0, max_value=150)
    email = Email(required=False)


class Employee(Person):
    role = String(choices={"dev", "ops", "pm"}, default="dev")
    skills = ListOf(String(max_len=8), default=[])


print([f.name for f in Person._fields], [f.name for f in Employee._fields])
print(Employee._fields)
inputs = [
    (Person, dict(name=" Ann ", age=34, email="Ann@Example.com")),
    (Person, dict(name="Bob", age=-1)),
    (Person, dict(name="Christopher Robin", age="old", email="nope")),
    (Employee, dict(name="Dee", age=29, role="ops", skills=["go", "sql"])),
    (Employee, dict(name="Eve", age=41, role="ceo")),
    (Employee, dict(name="Fay", age=22, skills=["python", "kubernetes"])),
    (Employee, dict(name="Gus", age=True)),
    (Person, dict(name="Hal", age=5, shoe=42)),
    (Person, dict(age=5)),
]
people = []
for cls, kw in inputs:
    try:
        p = cls(**kw)
        people.append(p)
        print("ok  ", p)
    except ValueError as e:
        print("bad ", cls.__name__, "->", e)
    except TypeError as e:
        print("type", cls.__name__, "->", e)
ann = people[0]
ann.age += 1
print(ann.age, ann.to_dict())
try:
    ann.age = 200
except ValidationError as e:
    print("ValidationError:", e, "| field:", e.field)
del ann.email
print(ann.email, ann)
try:
    del ann.name
except ValidationError as e:
    print("ValidationError:", e)
print(Person.age, Person.age.min_value, isinstance(Person.email, String))
