# Assigning __class__ changes an instance's type (behaviour switches).
class Frog:
    def speak(self):
        return "ribbit from " + self.name

    def kiss(self):
        self.__class__ = Prince
        return "*poof*"


class Prince:
    def speak(self):
        return "greetings from " + self.name

    def kiss(self):
        return "thanks"


f = Frog()
f.name = "Bob"
print(f.speak(), type(f).__name__)
print(f.kiss())
print(f.speak(), type(f).__name__, isinstance(f, Frog), isinstance(f, Prince))
print(f.kiss(), f.name)


class State:
    def handle(self):
        return "base"


class On(State):
    def handle(self):
        self.__class__ = Off
        return "on -> off"


class Off(State):
    def handle(self):
        self.__class__ = On
        return "off -> on"


s = Off()
print([s.handle() for _ in range(4)], type(s).__name__)
try:
    s.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    s.__class__ = "On"
except TypeError as e:
    print("TypeError:", e)
try:
    (5).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
print(type(s).__name__)
