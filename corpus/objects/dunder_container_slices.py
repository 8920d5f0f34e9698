# Slices reach __getitem__/__setitem__/__delitem__ as slice objects.
class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step, key.indices(len(self.data)))
            return Seq(self.data[key])
        return self.data[key]

    def __setitem__(self, key, value):
        print("set", key)
        self.data[key] = value

    def __delitem__(self, key):
        print("del", key)
        del self.data[key]

    def __repr__(self):
        return "Seq(" + repr(self.data) + ")"


s = Seq(range(10))
print(s[2:5], s[::3], s[-3:], s[:], s[::-1], s[8:2:-2])
print(s[1:100])
s[0:2] = ["a", "b", "c"]
print(s)
del s[::2]
print(s)
s[1] = "X"
del s[0]
print(s, len(s))
sl = slice(1, 8, 3)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(4))
print(list(range(10))[sl], "abcdefghij"[sl])


class Recorder:
    def __getitem__(self, key):
        return key


r = Recorder()
print(r[1:2], r[::], r[1:2, 3], r[..., 1], r[:, ::2])
