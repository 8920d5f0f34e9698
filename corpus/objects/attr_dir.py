# dir() lists attributes of instances and classes, sorted.
def public(names):
    return [n for n in names if not n.startswith("__")]


class Animal:
    legs = 4

    def speak(self):
        return "..."

    def _private(self):
        pass


class Dog(Animal):
    sound = "woof"

    def speak(self):
        return self.sound

    def fetch(self):
        pass


d = Dog()
d.name = "rex"
print(public(dir(d)))
print(public(dir(Dog)))
print(public(dir(Animal)))
print(dir(d) == sorted(dir(d)))
print("__init__" in dir(d), "__class__" in dir(d), "__dict__" in dir(d))


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta"]


print(dir(Custom()))
print("bit_length" in dir(3), "real" in dir(3), dir(3) == sorted(dir(3)))
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))
print(public(dir(object())))
