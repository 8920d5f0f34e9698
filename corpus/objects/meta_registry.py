# A plugin registry built with a metaclass.
class PluginMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = ns.get("name", name.lower())
            if key in mcls.registry:
                raise ValueError("duplicate plugin " + key)
            mcls.registry[key] = cls
        return cls

    def __iter__(cls):
        return iter(sorted(PluginMeta.registry))

    def __getitem__(cls, key):
        return PluginMeta.registry[key]

    def __len__(cls):
        return len(PluginMeta.registry)


class Plugin(metaclass=PluginMeta):
    def run(self, text):
        raise NotImplementedError


class Upper(Plugin):
    def run(self, text):
        return text.upper()


class Reverse(Plugin):
    name = "rev"

    def run(self, text):
        return text[::-1]


class Count(Plugin):
    def run(self, text):
        return str(len(text))


print(list(Plugin), len(Plugin))
for key in Plugin:
    print(key, Plugin[key]().run("Hello"))
try:
    class Upper2(Plugin):
        name = "upper"
except ValueError as e:
    print("ValueError:", e)
print("upper" in Plugin, "nope" in Plugin)
