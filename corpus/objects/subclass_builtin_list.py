# Subclassing list: overriding methods, keeping the builtin behaviour.
class History(list):
    def append(self, item):
        super().append((len(self), item))

    def latest(self):
        return self[-1] if self else None


h = History()
h.append("a")
h.append("b")
print(h, len(h), h.latest(), isinstance(h, list), type(h).__name__)
h.extend([(9, "z")])
print(h, h[0], h[1:], type(h[1:]).__name__)
print(sorted(h, reverse=True), list(reversed(h)))


class SortedList(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def add(self, x):
        i = 0
        while i < len(self) and self[i] < x:
            i += 1
        self.insert(i, x)

    def __repr__(self):
        return "SortedList(" + super().__repr__() + ")"


s = SortedList([5, 1, 3])
s.add(4)
s.add(0)
print(s, s + [9], type(s + [9]).__name__, s * 2 == list(s) * 2)
print(s.index(4), s.count(1), 3 in s, s.pop(), s)
s += [100]
print(s, type(s).__name__)
print(s == [0, 1, 3, 4, 100], [x * 2 for x in s], sum(s), max(s))


class Stack(list):
    push = list.append

    def peek(self):
        return self[-1]


st = Stack()
st.push(1)
st.push(2)
print(st.peek(), st.pop(), st, len(st))
st.attr = "ok"
print(st.attr)
