# Defining __eq__ without __hash__ makes instances unhashable; __hash__ = None too.
class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)


class Explicit:
    __hash__ = None


try:
    hash(Explicit())
except TypeError as e:
    print("TypeError:", e)


class Restored(EqOnly):
    __hash__ = object.__hash__


r1 = Restored()
print(hash(r1) == hash(r1), hash(r1) == object.__hash__(r1))
r = Restored()
print({r: 1}[r])


class Child(EqOnly):
    pass


try:
    hash(Child())
except TypeError as e:
    print("TypeError:", e)


class InheritsHash:
    def __hash__(self):
        return 3


class EqInSub(InheritsHash):
    def __eq__(self, other):
        return False


try:
    hash(EqInSub())
except TypeError as e:
    print("TypeError:", e)
print(hash(InheritsHash()))
for v in ([1], {"a": 1}, {1}):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
