it = iter([1,2,3,0,5].pop, 5)
print(list(it))
class C:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(C(), 4)))
try: iter(1, 2)
except TypeError as e: print(e)
print(type(iter(C(), 1)).__name__)
