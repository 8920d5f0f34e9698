# classmethod/staticmethod/property/super attributes: __func__, __wrapped__,
# __isabstractmethod__, __dict__ with the wrapped function's metadata, fget/fset/
# fdel, __thisclass__/__self__/__self_class__ and super's __get__.
class C:
    @classmethod
    def f(cls): "doc f"
    @staticmethod
    def g(): pass
    @property
    def p(self):
        "pdoc"
        return 1
cm = C.__dict__['f']
cm.x = 1
print(cm.x, cm.__dict__, cm.__func__ is cm.__wrapped__, cm.__isabstractmethod__, cm.__doc__)
sm = C.__dict__['g']
print(sm.__func__.__name__, sm.__isabstractmethod__, sm.__dict__)
p = C.__dict__['p']
print(p.fget.__name__, p.fset, p.fdel, p.__doc__, p.__isabstractmethod__)
try: p.fget = 1
except AttributeError as e: print('AttributeError', e)
p.__doc__ = 'new'; print(p.__doc__)
print(type(classmethod).__name__, classmethod.__dict__['__func__'], property.__dict__['fget'])
def abstract(f):
    f.__isabstractmethod__ = True
    return f
class A:
    @classmethod
    @abstract
    def m(cls): pass
    @property
    @abstract
    def q(self): pass
print(A.__dict__['m'].__isabstractmethod__, A.__dict__['q'].__isabstractmethod__)
class D(C):
    def h(self): return super()
s = D().h()
print(s.__thisclass__, s.__self_class__, type(s.__self__))
u = super(D)
print(u.__self__, u.__self_class__, u.__thisclass__)
b = u.__get__(D())
print(b.__self_class__, b.f)
print(u.__get__(None, D) is u)
try: s.__thisclass__ = 1
except AttributeError as e: print('AttributeError', e)
