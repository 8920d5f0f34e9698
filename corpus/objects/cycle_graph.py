# A graph of objects with cycles through dicts, lists and bound methods.
class Vertex:
    def __init__(self, name):
        self.name = name
        self.edges = {}
        self.visit = self.mark

    def mark(self):
        return self.name

    def connect(self, other, w):
        self.edges[other.name] = (other, w)
        other.edges[self.name] = (self, w)


def build(n):
    vs = [Vertex("v" + str(i)) for i in range(n)]
    for i in range(n):
        vs[i].connect(vs[(i * 3 + 1) % n], i)
        vs[i].connect(vs[(i + 1) % n], 1)
    return vs


def shortest(vs, start):
    dist = {v.name: 10 ** 9 for v in vs}
    dist[start.name] = 0
    todo = [start]
    while todo:
        todo.sort(key=lambda v: -dist[v.name])
        v = todo.pop()
        for other, w in v.edges.values():
            if dist[v.name] + w < dist[other.name]:
                dist[other.name] = dist[v.name] + w
                todo.append(other)
    return dist


results = []
for size in (10, 20, 40, 80):
    for _ in range(5):
        vs = build(size)
        d = shortest(vs, vs[0])
        results.append(sum(d.values()))
        del vs, d
print(results)
print(build(5)[2].visit())
