# Single inheritance: inherited methods, overriding, extending via super().
class Animal:
    kingdom = "animalia"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def intro(self):
        return "I am " + self.name + ". " + self.speak()


class Dog(Animal):
    def speak(self):
        return self.name + " barks"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " softly"


animals = [Animal("generic"), Dog("rex"), Puppy("bit", 1)]
for a in animals:
    print(type(a).__name__, "|", a.intro(), "|", a.kingdom)
print(Puppy("p", 2).age, isinstance(animals[2], Animal), issubclass(Puppy, Dog))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__)
print(Puppy.speak is Dog.speak, Dog.intro is Animal.intro)
print("speak" in Dog.__dict__, "intro" in Dog.__dict__)
Animal.kingdom = "changed"
print(Puppy.kingdom, animals[2].kingdom)
