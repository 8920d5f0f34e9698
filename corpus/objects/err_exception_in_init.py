# Uncaught ValueError raised from __init__ validation.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"temperature below absolute zero: {kelvin}")
        self.kelvin = kelvin


print(Temperature(300).kelvin)
t = Temperature(-5)
