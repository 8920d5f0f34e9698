# Operator overloading: a 3-D Vector with __add__, __sub__, __mul__ (scalar,
# both sides), __neg__, __eq__, __abs__, dot and __repr__, used in a numeric loop.
class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y and self.z == other.z

    def __abs__(self):
        return self.dot(self) ** 0.5

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def __repr__(self):
        return f"Vector({self.x:.6f}, {self.y:.6f}, {self.z:.6f})"


def run(n):
    pos = Vector(0.0, 0.0, 0.0)
    vel = Vector(1.0, 0.5, -0.25)
    acc = Vector(0.0, -0.001, 0.0005)
    dt = 0.01
    length = 0.0
    dots = 0.0
    equal = 0
    origin = Vector(0, 0, 0)
    for i in range(n):
        vel = vel + acc * dt
        step = dt * vel
        pos = pos + step
        length += abs(step)
        d = pos - vel
        dots += d.dot(acc)
        if -(-d) == d:
            equal += 1
        if pos == origin:
            equal -= 1000
        if i % 1000 == 999:
            acc = -acc
    return pos, vel, round(length, 6), round(dots, 6), equal


pos, vel, length, dots, equal = run(280000)
print("oo_vector_ops =", repr(pos), vel, length, dots, equal)
