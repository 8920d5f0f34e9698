# A cooperative task scheduler: tasks are generators that yield system calls
# (sleep, spawn, wait for a queue, join), in the style of generator-based
# event loops. Time is simulated with a tick counter, so output is exact.

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Spawn:
    def __init__(self, name, gen):
        self.name = name
        self.gen = gen


class Get:
    def __init__(self, queue):
        self.queue = queue


class Join:
    def __init__(self, name):
        self.name = name


class Scheduler:
    def __init__(self):
        self.now = 0
        self.ready = []           # (name, generator, value to send)
        self.sleeping = []        # (wake time, order, name, generator)
        self.waiting_get = {}     # queue name -> [(name, generator)]
        self.joiners = {}         # task name -> [(name, generator)]
        self.queues = {}
        self.results = {}
        self.order = 0

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))

    def put(self, queue, item):
        waiters = self.waiting_get.get(queue)
        if waiters:
            name, gen = waiters.pop(0)
            self.ready.append((name, gen, item))
        else:
            self.queues.setdefault(queue, []).append(item)

    def step(self, name, gen, value):
        try:
            call = gen.send(value)
        except StopIteration as stop:
            self.results[name] = stop.value
            print(f"[t={self.now}] {name} finished -> {stop.value!r}")
            for joiner in self.joiners.pop(name, []):
                self.ready.append((joiner[0], joiner[1], stop.value))
            return
        except Exception as exc:
            self.results[name] = f"crashed: {exc}"
            print(f"[t={self.now}] {name} crashed with {type(exc).__name__}: {exc}")
            return
        if isinstance(call, Sleep):
            self.order += 1
            self.sleeping.append((self.now + call.ticks, self.order, name, gen))
        elif isinstance(call, Spawn):
            self.spawn(call.name, call.gen)
            self.ready.append((name, gen, call.name))
        elif isinstance(call, Get):
            items = self.queues.get(call.queue)
            if items:
                self.ready.append((name, gen, items.pop(0)))
            else:
                self.waiting_get.setdefault(call.queue, []).append((name, gen))
        elif isinstance(call, Join):
            if call.name in self.results:
                self.ready.append((name, gen, self.results[call.name]))
            else:
                self.joiners.setdefault(call.name, []).append((name, gen))
        else:
            self.ready.append((name, gen, None))  # plain yield: just reschedule

    def run(self):
        while self.ready or self.sleeping:
            while self.ready:
                name, gen, value = self.ready.pop(0)
                self.step(name, gen, value)
            if self.sleeping:
                self.sleeping.sort()
                self.now = self.sleeping[0][0]
                while self.sleeping and self.sleeping[0][0] == self.now:
                    _, _, name, gen = self.sleeping.pop(0)
                    self.ready.append((name, gen, None))
        stuck = sorted(n for waiters in self.waiting_get.values() for n, _ in waiters)
        print(f"[t={self.now}] scheduler idle, blocked tasks: {stuck}")


sched = Scheduler()


def countdown(label, n, delay):
    while n > 0:
        print(f"[t={sched.now}] {label} {n}")
        yield Sleep(delay)
        n -= 1
    return f"{label} done"


def producer(queue, items):
    for item in items:
        yield Sleep(2)
        print(f"[t={sched.now}] produce {item!r}")
        sched.put(queue, item)
    sched.put(queue, None)
    return len(items)


def consume_all(queue):
    total = 0
    while True:
        item = yield Get(queue)
        if item is None:
            return total
        print(f"[t={sched.now}] consume {item!r}")
        total += item


def consumer(queue):
    # The helper is a sub-generator: yield from passes its system calls through.
    total = yield from consume_all(queue)
    yield Sleep(1)
    return total * 10


def faulty():
    yield Sleep(3)
    raise ValueError("sensor offline")


def supervisor():
    child = yield Spawn("countdown-b", countdown("B", 2, 3))
    print(f"[t={sched.now}] supervisor spawned {child}")
    result = yield Join(child)
    print(f"[t={sched.now}] supervisor joined: {result!r}")
    total = yield Join("consumer")
    print(f"[t={sched.now}] consumer total seen by supervisor: {total}")
    for _ in range(2):
        yield  # give other tasks a turn
    return "supervised"


def orphan():
    item = yield Get("never-filled")
    return item


sched.spawn("countdown-a", countdown("A", 3, 2))
sched.spawn("producer", producer("jobs", [5, 7, 11]))
sched.spawn("consumer", consumer("jobs"))
sched.spawn("faulty", faulty())
sched.spawn("supervisor", supervisor())
sched.spawn("orphan", orphan())
sched.run()

print("results:")
for name in sorted(sched.results):
    print(f"  {name:<12} {sched.results[name]!r}")
