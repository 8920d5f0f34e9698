# corpus: full-stderr
# An exception raised from an alternative constructor (classmethod) via a staticmethod.
class Color:
    def __init__(self, r, g, b):
        self.rgb = (r, g, b)

    @staticmethod
    def _channel(text):
        return int(text, 16)

    @classmethod
    def from_hex(cls, code):
        code = code.lstrip("#")
        return cls(*[cls._channel(code[i:i + 2]) for i in (0, 2, 4)])


print(Color.from_hex("#ff8000").rgb)
print(Color.from_hex("#12zz56").rgb)
