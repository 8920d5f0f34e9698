# A generator that yields in response to GeneratorExit.
def stubborn(refusals):
    while True:
        try:
            yield "working"
        except GeneratorExit:
            if refusals == 0:
                print("  giving up")
                raise
            refusals -= 1
            print("  refusing to stop")
            yield "still here"

s = stubborn(1)
print(next(s))
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
# The generator is still suspended at the yield in the except clause.
print(s.gi_frame is None)
print(next(s))
print(next(s))
s.close()  # this time it re-raises GeneratorExit
print("stubborn closed:", s.gi_frame is None, list(s))

# A yield in finally during close also counts as ignoring GeneratorExit.
def yields_in_finally():
    try:
        yield 1
    finally:
        print("  finally reached")
        yield 2

y = yields_in_finally()
print(next(y))
try:
    y.close()
except RuntimeError as e:
    print("RuntimeError:", e)
y.close()  # GeneratorExit now leaves the finally block
print("closed on second try:", list(y))

# Catching GeneratorExit and then stopping properly is fine.
def polite():
    try:
        yield "x"
    except GeneratorExit:
        print("  polite exit")

p = polite()
next(p)
p.close()
print("polite closed")

# throw(GeneratorExit) works like close but a yield is returned, not an error.
def tolerant():
    try:
        yield "first"
    except GeneratorExit:
        yield "answer to GeneratorExit"
    yield "last"

t = tolerant()
print(next(t))
print(t.throw(GeneratorExit))
print(next(t))
print(next(t, "exhausted"))

# GeneratorExit escaping from throw propagates to the caller.
u = tolerant()
try:
    u.throw(GeneratorExit("not started"))
except GeneratorExit as e:
    print("GeneratorExit propagated:", e)
