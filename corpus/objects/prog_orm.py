# A tiny ORM-like layer: column descriptors, a metaclass building tables, queries.
class Column:
    def __init__(self, kind, primary_key=False, default=None, nullable=True):
        self.kind = kind
        self.primary_key = primary_key
        self.default = default
        self.nullable = nullable and not primary_key

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj._values.get(self.name, self.default)

    def __set__(self, obj, value):
        if value is None and not self.nullable:
            raise ValueError(f"{self.name} may not be null")
        if value is not None and not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}")
        if obj._values.get(self.name) != value:
            obj._dirty.add(self.name)
        obj._values[self.name] = value

    def __eq__(self, value):
        return Condition(self.name, "==", value)

    def __lt__(self, value):
        return Condition(self.name, "<", value)

    def __gt__(self, value):
        return Condition(self.name, ">", value)

    __hash__ = object.__hash__


class Condition:
    ops = {"==": lambda a, b: a == b, "<": lambda a, b: a is not None and a < b,
           ">": lambda a, b: a is not None and a > b}

    def __init__(self, column, op, value):
        self.column, self.op, self.value = column, op, value

    def __call__(self, row):
        return Condition.ops[self.op](row[self.column], self.value)

    def __and__(self, other):
        return Both(self, other)

    def __repr__(self):
        return f"{self.column} {self.op} {self.value!r}"


class Both(Condition):
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __call__(self, row):
        return self.a(row) and self.b(row)

    def __repr__(self):
        return f"({self.a!r} AND {self.b!r})"


class Database:
    def __init__(self):
        self.tables = {}

    def table(self, name):
        return self.tables.setdefault(name, {})


DB = Database()


class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cols = [v for v in ns.values() if isinstance(v, Column)]
        if cols:
            cls._columns = cols
            pks = [c for c in cols if c.primary_key]
            if len(pks) != 1:
                raise TypeError(f"{name} needs exactly one primary key")
            cls._pk = pks[0].name
            cls._table = ns.get("__tablename__", name.lower() + "s")
        return cls


class _ModelIter:
    def __init__(self, model, rows):
        self.model = model
        self.rows = rows
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.rows):
            raise StopIteration
        row = self.rows[self.pos]
        self.pos += 1
        return self.model._from_row(row)


class Query:
    def __init__(self, model, cond=None, order=None):
        self.model, self.cond, self.order = model, cond, order

    def where(self, cond):
        return Query(self.model, cond if self.cond is None else self.cond & cond, self.order)

    def order_by(self, column):
        return Query(self.model, self.cond, column.name)

    def __iter__(self):
        rows = list(DB.table(self.model._table).values())
        if self.cond is not None:
            rows = [r for r in rows if self.cond(r)]
        if self.order:
            rows.sort(key=lambda r: r[self.order])
        return _ModelIter(self.model, rows)

    def __len__(self):
        return sum([1 for _ in self])

    def first(self):
        return next(iter(self), None)


class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        self._values = {}
        self._dirty = set()
        for c in self._columns:
            setattr(self, c.name, kw.pop(c.name, c.default))
        if kw:
            raise TypeError(f"unexpected columns {sorted(kw)}")

    @classmethod
    def _from_row(cls, row):
        obj = cls(**row)
        obj._dirty.clear()
        return obj

    @classmethod
    def query(cls):
        return Query(cls)

    def save(self):
        table = DB.table(self._table)
        key = getattr(self, self._pk)
        changed = sorted(self._dirty)
        table[key] = dict(self._values)
        self._dirty.clear()
        return changed

    def delete(self):
        del DB.table(self._table)[getattr(self, self._pk)]

    def __repr__(self):
        vals = ", ".join([f"{c.name}={getattr(self, c.name)!r}" for c in self._columns])
        return f"{type(self).__name__}({vals})"


class User(Model):
    id = Column(int, primary_key=True)
    name = Column(str, nullable=False)
    age = Column(int)


class Post(Model):
    __tablename__ = "blog_posts"
    id = Column(int, primary_key=True)
    author = Column(int, nullable=False)
    title = Column(str, default="untitled")


for i, (name, age) in enumerate([("ann", 31), ("bob", 17), ("cy", None), ("dee", 45)], 1):
    print("saved", User(id=i, name=name, age=age).save())
for pid, author, title in [(1, 1, "hello"), (2, 1, "again"), (3, 4, None)]:
    Post(id=pid, author=author, title=title).save()
print(sorted(DB.tables), User._table, Post._table, User._pk)
print(list(User.query().order_by(User.name)))
adults = User.query().where(User.age > 18)
print(adults.cond, list(adults.order_by(User.age)), len(adults))
print(User.query().where((User.age > 18) & (User.age < 40)).first())
print(User.query().where(User.name == "zed").first())
ann = User.query().where(User.id == 1).first()
ann.age += 1
ann.age = ann.age
print("changed:", ann.save(), "unchanged save:", ann.save())
print(list(Post.query().where(Post.author == ann.id)))
print(Post.query().where(Post.id == 3).first())
User.query().where(User.name == "bob").first().delete()
print([u.name for u in User.query().order_by(User.id)])
for bad in (lambda: User(id=9, name=None), lambda: User(id="x", name="q"),
            lambda: User(id=1, name="q", email="e"),
            lambda: ModelMeta("NoPk", (Model,), {"a": Column(int)})):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(type(User.name).__name__, User.name.nullable, isinstance(User, ModelMeta))
