# __delattr__ and del on attributes.
class Guarded:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.keep = 3

    def __delattr__(self, name):
        if name == "keep":
            raise AttributeError("refusing to delete keep")
        print("deleting", name)
        object.__delattr__(self, name)


g = Guarded()
del g.a
print(sorted(vars(g)))
delattr(g, "b")
print(sorted(vars(g)))
try:
    del g.keep
except AttributeError as e:
    print("AttributeError:", e)
try:
    del g.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Plain:
    cls_attr = 1


p = Plain()
p.x = 1
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del Plain.cls_attr
print(hasattr(Plain, "cls_attr"))
try:
    del Plain.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
p.y = 5
print(p.__dict__)
p.__dict__.clear()
print(p.__dict__, hasattr(p, "y"))
