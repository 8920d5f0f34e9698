# gi_yieldfrom and gi_running while generators delegate to each other.
def sub():
    yield "s1"
    print("  in sub: sub running", s.gi_running, "outer running", o.gi_running)
    yield "s2"

def outer(target):
    yield "before"
    yield from target
    print("  in outer: outer running", o.gi_running, "sub frame gone", s.gi_frame is None)
    yield "after"

s = sub()
o = outer(s)
print(o.gi_yieldfrom, o.gi_running)
print(next(o), o.gi_yieldfrom)
print(next(o), o.gi_yieldfrom is s, s.gi_yieldfrom)
print(next(o), o.gi_yieldfrom is s, s.gi_running)
print(next(o), o.gi_yieldfrom)
print(next(o, "end"), o.gi_yieldfrom, o.gi_frame is None)

# The delegate can be any iterator.
lst = [10, 20]
o2 = outer(lst)
next(o2)
next(o2)
print(type(o2.gi_yieldfrom).__name__)
s = sub()
o = outer(s)
print(list(o))

# Nested delegation: each level shows its own immediate delegate.
def leaf():
    yield "leaf"

def mid(l):
    yield from l

def top(m):
    yield from m

lf = leaf()
md = mid(lf)
tp = top(md)
print(next(tp))
print(tp.gi_yieldfrom is md, md.gi_yieldfrom is lf, lf.gi_yieldfrom)
print(list(tp), tp.gi_yieldfrom, md.gi_yieldfrom)

# A delegate that is a generator expression.
def wraps_genexp():
    r = yield from (c * 2 for c in "ab")
    yield r

w = wraps_genexp()
print(next(w), w.gi_yieldfrom.__name__, type(w.gi_yieldfrom).__name__)
print(list(w))
