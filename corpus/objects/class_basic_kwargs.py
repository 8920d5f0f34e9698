# Keyword arguments in the class statement go to __init_subclass__.
class Plugin:
    plugins = []

    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.plugins.append(cls)


class Alpha(Plugin, name="alpha-plugin", priority=5):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta, priority=9):
    pass


for p in Plugin.plugins:
    print(p.__name__, p.plugin_name, p.priority)
print(sorted([p.plugin_name for p in Plugin.plugins]))
print(hasattr(Plugin, "plugin_name"))

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad2(object, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

kw = {"name": "from-dict", "priority": 1}


class Delta(Plugin, **kw):
    pass


print(Delta.plugin_name, Delta.priority)
bases = (Plugin,)


class Epsilon(*bases, priority=3):
    pass


print(Epsilon.__bases__ == (Plugin,), Epsilon.priority)
