class C: pass
C.__abstractmethods__ = frozenset({'g','f'})
try: C()
except TypeError as e: print(e)
C.__abstractmethods__ = frozenset({'g'})
try: C()
except TypeError as e: print(e)
C.__abstractmethods__ = frozenset()
print(type(C()).__name__)
class D:
    def __init__(self, x): self.x = x
D(1)
D.__abstractmethods__ = {'h'}
try: D(1)
except TypeError as e: print(e)
print(D.__abstractmethods__)
del D.__abstractmethods__
print(D(2).x)
