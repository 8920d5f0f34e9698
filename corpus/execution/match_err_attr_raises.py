# An exception from a class-pattern attribute lookup (not AttributeError) propagates.
class Sensor:
    __match_args__ = ("reading",)

    def __init__(self, raw):
        self.raw = raw

    @property
    def reading(self):
        if self.raw < 0:
            raise ValueError(f"sensor fault: raw={self.raw}")
        return self.raw / 10


def status(s):
    match s:
        case Sensor(r) if r > 5:
            return "high"
        case Sensor(r):
            return "normal"


for raw in [80, 20, -1]:
    print(raw, status(Sensor(raw)))
