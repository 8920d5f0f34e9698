# The @ operator: __matmul__, __rmatmul__, __imatmul__.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        cols = list(zip(*other.rows))
        return Matrix([[sum([a * b for a, b in zip(r, c)]) for c in cols] for r in self.rows])

    def __rmatmul__(self, other):
        if isinstance(other, list):
            return Matrix([other]) @ self
        return NotImplemented

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b)
print(b @ a)
print([1, 1] @ a)
c = a
c @= a
print(c, a is c)
try:
    a @ 3
except TypeError as e:
    print("TypeError:", e)
try:
    3 @ 4
except TypeError as e:
    print("TypeError:", e)
