# corpus: full-stderr
# A KeyError through __getitem__ of a mapping class, then a chained TypeError.
class Env:
    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent

    def __getitem__(self, name):
        if name in self.vars:
            return self.vars[name]
        if self.parent is None:
            raise KeyError(name)
        return self.parent[name]


def evaluate(env, name):
    try:
        return env[name] + 1
    except KeyError:
        return env["fallback"] + name


root = Env()
root.vars["x"] = 1
root.vars["fallback"] = 0
child = Env(root)
print(evaluate(child, "x"))
print(evaluate(child, "y"))
