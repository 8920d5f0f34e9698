# A small ray tracer built from classes: Vector, Ray, Sphere, Plane, materials
# (plain and checkerboard), lights, a Camera and a Scene with shadows and
# recursive reflections. Renders a small image into a list of pixels and prints
# a checksum of the 0..255 colour values. No imports: square roots are x ** 0.5.

EPSILON = 0.00001


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y,
                      self.z * o.x - self.x * o.z,
                      self.x * o.y - self.y * o.x)

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return f"Vector({self.x:.4f}, {self.y:.4f}, {self.z:.4f})"


class Colour:
    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, o):
        return Colour(self.r + o.r, self.g + o.g, self.b + o.b)

    def scaled(self, k):
        return Colour(self.r * k, self.g * k, self.b * k)

    def to_bytes(self):
        out = []
        for c in (self.r, self.g, self.b):
            v = int(c * 255)
            if v < 0:
                v = 0
            elif v > 255:
                v = 255
            out.append(v)
        return out


BLACK = Colour(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Shape:
    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, p):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, centre, radius, material):
        super().__init__(material)
        self.centre = centre
        self.radius = radius

    def intersect(self, ray):
        cp = self.centre - ray.origin
        v = cp.dot(ray.direction)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0:
            return None
        return v - disc ** 0.5

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point = point
        self.normal = normal.normalized()

    def intersect(self, ray):
        v = ray.direction.dot(self.normal)
        if v == 0:
            return None
        return (self.point - ray.origin).dot(self.normal) / v

    def normal_at(self, p):
        return self.normal


class Material:
    specular = 0.2
    lambert = 0.6

    def __init__(self, colour, specular=None, lambert=None):
        self.colour = colour
        if specular is not None:
            self.specular = specular
        if lambert is not None:
            self.lambert = lambert

    @property
    def ambient(self):
        return 1.0 - self.specular - self.lambert

    def colour_at(self, p):
        return self.colour


class Checkerboard(Material):
    def __init__(self, colour, other, size=1.0):
        super().__init__(colour, specular=0.3)
        self.other = other
        self.size = size

    def colour_at(self, p):
        k = 1.0 / self.size
        n = int(abs(p.x * k) + 0.5) + int(abs(p.y * k) + 0.5) + int(abs(p.z * k) + 0.5)
        if n % 2:
            return self.other
        return self.colour


class Scene:
    max_depth = 3

    def __init__(self):
        self.shapes = []
        self.lights = []

    def add(self, shape):
        self.shapes.append(shape)
        return self

    def add_light(self, p):
        self.lights.append(p)
        return self

    def first_hit(self, ray):
        best = None
        best_t = 0.0
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and t > EPSILON and (best is None or t < best_t):
                best = s
                best_t = t
        return best, best_t

    def light_visible(self, light, p):
        ray = Ray(p, light - p)
        for s in self.shapes:
            t = s.intersect(ray)
            if t is not None and t > EPSILON:
                return False
        return True

    def trace(self, ray, depth):
        if depth > self.max_depth:
            return BLACK
        shape, t = self.first_hit(ray)
        if shape is None:
            return BLACK
        p = ray.at(t)
        normal = shape.normal_at(p)
        m = shape.material
        base = m.colour_at(p)
        c = BLACK
        if m.specular > 0:
            reflected = Ray(p, ray.direction.reflect(normal))
            c = c + self.trace(reflected, depth + 1).scaled(m.specular)
        if m.lambert > 0:
            amount = 0.0
            for light in self.lights:
                if self.light_visible(light, p):
                    contribution = (light - p).normalized().dot(normal)
                    if contribution > 0:
                        amount += contribution
            if amount > 1.0:
                amount = 1.0
            c = c + base.scaled(m.lambert * amount)
        if m.ambient > 0:
            c = c + base.scaled(m.ambient)
        return c


class Camera:
    def __init__(self, position, look_at, half_width):
        self.position = position
        self.forward = (look_at - position).normalized()
        self.right = self.forward.cross(Vector(0.0, 1.0, 0.0)).normalized()
        self.up = self.right.cross(self.forward).normalized()
        self.half_width = half_width

    def ray_for(self, x, y, width, height):
        half_height = self.half_width * height / width
        px = (x / (width - 1)) * 2.0 * self.half_width - self.half_width
        py = (y / (height - 1)) * 2.0 * half_height - half_height
        d = self.forward + self.right * px + self.up * py
        return Ray(self.position, d)


class Canvas:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.pixels = [0] * (width * height * 3)

    def plot(self, x, y, colour):
        i = ((self.height - y - 1) * self.width + x) * 3
        rgb = colour.to_bytes()
        self.pixels[i] = rgb[0]
        self.pixels[i + 1] = rgb[1]
        self.pixels[i + 2] = rgb[2]

    def checksum(self):
        h = 0
        total = 0
        for v in self.pixels:
            h = (h * 131 + v) % 4294967291
            total += v
        return h, total


def build_scene():
    scene = Scene()
    scene.add_light(Vector(30.0, 30.0, 10.0)).add_light(Vector(-10.0, 100.0, 30.0))
    scene.add(Sphere(Vector(1.0, 3.0, -10.0), 2.0, Material(Colour(1.0, 1.0, 0.0))))
    for i in range(6):
        m = Material(Colour(i / 6.0, 1.0 - i / 6.0, 0.5))
        scene.add(Sphere(Vector(-3.0 - i * 0.4, 2.3, -5.0), 0.4, m))
    scene.add(Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0),
                    Checkerboard(Colour(1.0, 1.0, 1.0), Colour(0.0, 0.0, 0.0))))
    return scene


def render(width, height):
    scene = build_scene()
    camera = Camera(Vector(0.0, 1.8, 10.0), Vector(0.0, 3.0, 0.0), 0.41421356237)
    canvas = Canvas(width, height)
    for y in range(height):
        for x in range(width):
            canvas.plot(x, y, scene.trace(camera.ray_for(x, y, width, height), 0))
    return canvas, camera


canvas, camera = render(240, 180)
h, total = canvas.checksum()
print("oo_raytrace:", canvas.width, "x", canvas.height, "hash", h, "sum", total, "forward", camera.forward)
