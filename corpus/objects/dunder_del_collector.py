# __del__ run by the collector: cycles found by gc.collect(), the order of
# finalizers, resurrection (PEP 442: __del__ runs once), inherited __del__,
# builtin subclasses, and objects still alive at exit finalized at shutdown.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("del", self.name)


def make_pair(x, y):
    a, b = Node(x), Node(y)
    a.peer, b.peer = b, a


make_pair("a", "b")
print("pair unreachable; collecting")
gc.collect()
print("collected")

ring = [Node("r%d" % i) for i in range(4)]
for i, n in enumerate(ring):
    n.peer = ring[(i + 1) % 4]
del ring, n
gc.collect()
print("ring gone")


class Child(Node):
    pass


c = Child("child")
c.peer = c
del c
gc.collect()


class Phoenix:
    saved = []

    def __del__(self):
        print("phoenix finalized; saving itself")
        Phoenix.saved.append(self)


p = Phoenix()
p.me = p
del p
gc.collect()
print("saved:", len(Phoenix.saved), gc.is_finalized(Phoenix.saved[0]))
Phoenix.saved.clear()
gc.collect()
print("no second __del__ for the phoenix")


class TrackedList(list):
    def __del__(self):
        print("TrackedList del with", len(self), "items")


t = TrackedList([1, 2, 3])
t.append(t)
del t
gc.collect()


class Spawner:
    def __del__(self):
        print("spawner del makes a new cycle")
        n = Node("spawned")
        n.peer = n


s = Spawner()
s.me = s
del s
gc.collect()
gc.collect()
print("spawned cleaned")

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.get_threshold())
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
plain = Node("plain")
print(gc.is_finalized(plain))


class AtExit:
    def __del__(self):
        print("finalized at shutdown")


keep = AtExit()
print("end of program")
