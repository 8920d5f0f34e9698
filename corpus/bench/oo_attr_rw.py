# Attribute reads and writes on instances: augmented assignment to self
# attributes, copying attributes between objects, several attributes each.
class Particle:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.vx = 1
        self.vy = -1
        self.hits = 0

    def step(self):
        self.x += self.vx
        self.y += self.vy
        if self.x < 0 or self.x > 1000:
            self.vx = -self.vx
            self.hits += 1
        if self.y < 0 or self.y > 1000:
            self.vy = -self.vy
            self.hits += 1


class Box:
    pass


def run(n):
    p = Particle(10, 990)
    q = Particle(500, 20)
    q.vx = 3
    q.vy = 7
    box = Box()
    box.a = 1
    box.b = 2
    box.c = 3
    box.d = 0
    for i in range(n):
        p.step()
        q.step()
        box.a = box.b
        box.b = box.c
        box.c = (box.a + box.b + p.x) % 10007
        box.d += q.y - p.y
        if i % 1000 == 0:
            p.vx, q.vy = q.vy, p.vx
    return (p.x, p.y, p.hits, q.x, q.y, q.hits, box.a, box.b, box.c, box.d)


print("oo_attr_rw =", run(2200000))
