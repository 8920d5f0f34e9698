# Vector and Matrix classes with operators, equality, hashing and errors.
class Vector:
    __slots__ = ("_c",)

    def __init__(self, *components):
        if len(components) == 1 and not isinstance(components[0], (int, float)):
            components = tuple(components[0])
        self._c = tuple(components)

    def __len__(self):
        return len(self._c)

    def __iter__(self):
        return iter(self._c)

    def __getitem__(self, i):
        return self._c[i]

    def __repr__(self):
        return "Vector(" + ", ".join([f"{x:g}" for x in self._c]) + ")"

    def _check(self, other):
        if not isinstance(other, Vector):
            return False
        if len(other) != len(self):
            raise ValueError(f"dimension mismatch: {len(self)} vs {len(other)}")
        return True

    def __add__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector([a + b for a, b in zip(self, other)])

    def __sub__(self, other):
        if not self._check(other):
            return NotImplemented
        return Vector([a - b for a, b in zip(self, other)])

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector([a * k for a in self])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not self._check(other):
            return NotImplemented
        return sum([a * b for a, b in zip(self, other)])

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return (self @ self) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __hash__(self):
        return hash(self._c)

    def __bool__(self):
        return any(self._c)


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any([len(r) != len(rows[0]) for r in rows]):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def __matmul__(self, other):
        if isinstance(other, Vector):
            return Vector([Vector(r) @ other for r in self.rows])
        if isinstance(other, Matrix):
            if self.shape[1] != other.shape[0]:
                raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
            cols = other.T.rows
            return Matrix([[Vector(r) @ Vector(c) for c in cols] for r in self.rows])
        return NotImplemented

    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError("shape mismatch")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        for _ in range(n):
            result = result @ self
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def det(self):
        n = self.shape[0]
        if n == 1:
            return self.rows[0][0]
        total = 0
        for j in range(n):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def __str__(self):
        width = max([len(f"{x:g}") for r in self.rows for x in r])
        return "\n".join(["[" + " ".join([f"{x:>{width}g}" for x in r]) + "]" for r in self.rows])


v, w = Vector(1, 2, 3), Vector([4, 5, 6])
print(v + w, w - v, v * 2, 3 * v, -v, v @ w, abs(Vector(3, 4)))
print(v == Vector(1, 2, 3), v != w, bool(Vector(0, 0)), len(v), v[1], list(w))
print({v: "a", Vector(1, 2, 3): "b"}, sorted([w, v], key=abs))
for bad in (lambda: v + Vector(1, 2), lambda: v + 1, lambda: v * v, lambda: "s" @ v):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
m = Matrix([[1, 2], [3, 4]])
print(m)
print(m.shape, m[1, 0], m.T.rows, (m @ m).rows, (m @ Vector(1, 1)))
print((m * 2).rows, (2 * m).rows, (m + m).rows, (m ** 3).rows)
print(m @ Matrix.identity(2) == m, m.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
m[0, 0] = 10
print(m.rows)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib(30) =", fib[0, 1])
r = Matrix([[1, 2, 3]])
print(r.shape, r.T.shape, (r @ r.T).rows, (r.T @ r).rows)
print(r.T @ r)
for bad in (lambda: r @ r, lambda: Matrix([[1], [1, 2]]), lambda: {m}, lambda: m + r):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
