# Many slotted instances in a list: a small particle simulation.
class Particle:
    __slots__ = ("x", "v")

    def __init__(self, x, v):
        self.x = x
        self.v = v

    def step(self):
        self.x += self.v
        if self.x < 0 or self.x > 100:
            self.v = -self.v
            self.x = max(0, min(100, self.x))


ps = [Particle(i * 7 % 100, (i % 5) - 2) for i in range(500)]
for _ in range(50):
    for p in ps:
        p.step()
print(sum([p.x for p in ps]), sum([p.v for p in ps]))
print(sorted([p.x for p in ps])[:10])
print(max(ps, key=lambda p: (p.x, p.v)).x)
