# ValueError: generator already executing, and gi_running.
def reenter():
    yield "start"
    try:
        next(me)
    except ValueError as e:
        print("  ValueError:", e)
    print("  gi_running inside:", me.gi_running)
    yield "after"

me = reenter()
print(me.gi_running)
print(next(me))
print(me.gi_running)
print(next(me))
print(me.gi_running)

# send() and throw() from inside the running generator fail too.
def via_send():
    yield
    for action in ("send", "throw", "close"):
        try:
            if action == "send":
                this.send(1)
            elif action == "throw":
                this.throw(KeyError("k"))
            else:
                this.close()
        except ValueError as e:
            print(f"  {action}: ValueError: {e}")
    yield "survived"

this = via_send()
next(this)
print(next(this))

# A generator that drives itself through a callback.
class Machine:
    def __init__(self):
        self.gen = self.run()

    def run(self):
        for step in range(3):
            yield step
            if step == 1:
                try:
                    self.poke()
                except ValueError as e:
                    print("  poke failed:", e)

    def poke(self):
        return next(self.gen)

m = Machine()
print(list(m.gen))

# A generator expression that refers to itself.
ge = (next(ge) for _ in range(3))
try:
    next(ge)
except ValueError as e:
    print("genexp ValueError:", e)
print(next(ge, "genexp finished"))
