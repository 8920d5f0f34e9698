# N-body simulation of the Jovian planets and the Sun, with each body an
# instance of a Body class (position, velocity and mass attributes, methods for
# the pairwise interaction, drift and energy) and a System holding them.
PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Body:
    def __init__(self, name, x, y, z, vx, vy, vz, mass):
        self.name = name
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx * DAYS_PER_YEAR
        self.vy = vy * DAYS_PER_YEAR
        self.vz = vz * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS

    def interact(self, other, dt):
        dx = self.x - other.x
        dy = self.y - other.y
        dz = self.z - other.z
        d2 = dx * dx + dy * dy + dz * dz
        mag = dt / (d2 * d2 ** 0.5)
        m1 = self.mass * mag
        m2 = other.mass * mag
        self.vx -= dx * m2
        self.vy -= dy * m2
        self.vz -= dz * m2
        other.vx += dx * m1
        other.vy += dy * m1
        other.vz += dz * m1

    def drift(self, dt):
        self.x += dt * self.vx
        self.y += dt * self.vy
        self.z += dt * self.vz

    def kinetic(self):
        return 0.5 * self.mass * (self.vx * self.vx + self.vy * self.vy + self.vz * self.vz)

    def potential_with(self, other):
        dx = self.x - other.x
        dy = self.y - other.y
        dz = self.z - other.z
        return -(self.mass * other.mass) / (dx * dx + dy * dy + dz * dz) ** 0.5

    def momentum(self):
        return (self.vx * self.mass, self.vy * self.mass, self.vz * self.mass)


class System:
    def __init__(self, bodies):
        self.bodies = bodies
        self.pairs = []
        for i in range(len(bodies)):
            for j in range(i + 1, len(bodies)):
                self.pairs.append((bodies[i], bodies[j]))
        self.steps = 0

    def offset_momentum(self, ref):
        px = py = pz = 0.0
        for b in self.bodies:
            mx, my, mz = b.momentum()
            px -= mx
            py -= my
            pz -= mz
        ref.vx = px / ref.mass
        ref.vy = py / ref.mass
        ref.vz = pz / ref.mass

    def advance(self, dt, n):
        pairs = self.pairs
        bodies = self.bodies
        for _ in range(n):
            for a, b in pairs:
                a.interact(b, dt)
            for b in bodies:
                b.drift(dt)
        self.steps += n

    def energy(self):
        e = 0.0
        for b in self.bodies:
            e += b.kinetic()
        for a, b in self.pairs:
            e += a.potential_with(b)
        return e


def make_system():
    sun = Body("sun", 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    jupiter = Body("jupiter",
                   4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                   1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                   9.54791938424326609e-04)
    saturn = Body("saturn",
                  8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                  -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                  2.85885980666130812e-04)
    uranus = Body("uranus",
                  1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                  2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                  4.36624404335156298e-05)
    neptune = Body("neptune",
                   1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                   2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                   5.15138902046611451e-05)
    system = System([sun, jupiter, saturn, uranus, neptune])
    system.offset_momentum(sun)
    return system


def main(steps):
    system = make_system()
    before = system.energy()
    system.advance(0.01, steps)
    after = system.energy()
    spread = 0.0
    for b in system.bodies:
        spread += abs(b.x) + abs(b.y) + abs(b.z)
    jupiter = system.bodies[1]
    print(f"oo_nbody: {system.steps} steps; energy {before:.9f} -> {after:.9f}; "
          f"positions {spread:.6f}; {jupiter.name} at {jupiter.x:.6f} {jupiter.y:.6f} {jupiter.z:.6f}")


main(170000)
