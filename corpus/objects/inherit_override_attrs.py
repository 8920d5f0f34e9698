# Overriding class attributes and methods; calling the parent explicitly.
class Vehicle:
    wheels = 4
    fuel = "petrol"

    def describe(self):
        return f"{type(self).__name__}: {self.wheels} wheels, {self.fuel}"

    def cost(self, km):
        return km * self.rate()

    def rate(self):
        return 0.5


class Bike(Vehicle):
    wheels = 2
    fuel = "none"

    def rate(self):
        return 0


class EBike(Bike):
    fuel = "electric"

    def rate(self):
        return Bike.rate(self) + 0.05


class Truck(Vehicle):
    wheels = 18

    def rate(self):
        return Vehicle.rate(self) * 4


for v in (Vehicle(), Bike(), EBike(), Truck()):
    print(v.describe(), "|", v.cost(100))
e = EBike()
e.wheels = 3
print(e.describe(), Bike.wheels, EBike.wheels)
print(EBike.__mro__[1].rate(e), Vehicle.rate(e))
print(EBike.describe is Vehicle.describe)
