# A cooperative scheduler for coroutines: tasks, virtual-time sleeps, queues,
# joining tasks, cancellation, all driven by a hand-written event loop.
class Cancelled(Exception):
    pass

class Trap:
    """Awaitable that hands a request to the event loop and returns its reply."""

    def __init__(self, *request):
        self.request = request

    def __await__(self):
        return (yield self.request)

async def sleep(ticks):
    await Trap("sleep", ticks)

async def spawn(name, coro):
    return await Trap("spawn", name, coro)

async def join(task):
    return await Trap("join", task)

async def now():
    return await Trap("now")

class Task:
    def __init__(self, name, coro):
        self.name = name
        self.coro = coro
        self.done = False
        self.result = None
        self.error = None
        self.waiters = []
        self.pending_exc = None

    def __repr__(self):
        state = "done" if self.done else "running"
        return f"<Task {self.name} {state}>"

class Queue:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.getters = []
        self.putters = []

    async def put(self, item):
        while len(self.items) >= self.capacity:
            await Trap("wait", self.putters)
        self.items.append(item)
        await Trap("wake", self.getters)

    async def get(self):
        while not self.items:
            await Trap("wait", self.getters)
        item = self.items.pop(0)
        await Trap("wake", self.putters)
        return item

class Loop:
    def __init__(self):
        self.time = 0
        self.ready = []
        self.timers = []
        self.seq = 0
        self.trace = []

    def create(self, name, coro):
        task = Task(name, coro)
        self.ready.append((task, None))
        return task

    def cancel(self, task):
        task.pending_exc = Cancelled(f"{task.name} cancelled at t={self.time}")
        self.timers = [t for t in self.timers if t[2] is not task]
        self.ready.append((task, None))

    def run(self):
        while self.ready or self.timers:
            if not self.ready:
                self.timers.sort(key=lambda t: (t[0], t[1]))
                when, _, task = self.timers.pop(0)
                self.time = when
                self.ready.append((task, None))
            task, value = self.ready.pop(0)
            if task.done:
                continue
            try:
                if task.pending_exc is not None:
                    exc, task.pending_exc = task.pending_exc, None
                    request = task.coro.throw(exc)
                else:
                    request = task.coro.send(value)
            except StopIteration as stop:
                self.finish(task, result=stop.value)
                continue
            except Exception as exc:
                self.finish(task, error=exc)
                continue
            self.handle(task, request)

    def finish(self, task, result=None, error=None):
        task.done, task.result, task.error = True, result, error
        outcome = f"error {error!r}" if error else f"result {result!r}"
        self.trace.append(f"t={self.time} {task.name} finished with {outcome}")
        for waiter in task.waiters:
            self.ready.append((waiter, task))

    def handle(self, task, request):
        match request:
            case ("sleep", ticks):
                self.seq += 1
                self.timers.append((self.time + ticks, self.seq, task))
            case ("spawn", name, coro):
                self.ready.append((task, self.create(name, coro)))
            case ("join", other) if other.done:
                self.ready.append((task, other))
            case ("join", other):
                other.waiters.append(task)
            case ("now",):
                self.ready.append((task, self.time))
            case ("wait", waitlist):
                waitlist.append(task)
            case ("wake", waitlist):
                if waitlist:
                    self.ready.append((waitlist.pop(0), None))
                self.ready.append((task, None))

async def producer(q, name, items):
    for it in items:
        await q.put(f"{name}:{it}")
        await sleep(1)
    return f"{name} produced {len(items)}"

async def consumer(q, count, log):
    for _ in range(count):
        item = await q.get()
        log.append((await now(), item))
        await sleep(2)
    return len(log)

async def failing():
    await sleep(3)
    raise ValueError("worker exploded")

async def sleeper():
    try:
        await sleep(100)
    except Cancelled as c:
        return f"caught: {c}"

async def main(loop):
    log = []
    q = Queue(capacity=2)
    c = await spawn("consumer", consumer(q, 5, log))
    p1 = await spawn("p1", producer(q, "a", [1, 2, 3]))
    p2 = await spawn("p2", producer(q, "b", [1, 2]))
    f = await spawn("failing", failing())
    s = await spawn("sleeper", sleeper())
    await sleep(5)
    loop.cancel(s)
    for t in [p1, p2, c, f, s]:
        done = await join(t)
        print(f"joined {done!r}: result={done.result!r} error={done.error!r}")
    print("consumer log:", log)
    return await now()

loop = Loop()
main_task = loop.create("main", main(loop))
loop.run()
for line in loop.trace:
    print(line)
print("main result:", main_task.result, "final time:", loop.time)
