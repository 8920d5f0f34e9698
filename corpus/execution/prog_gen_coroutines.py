# Coroutine-style consumers driven with send(): a line protocol parser that
# feeds a dispatcher, which feeds per-topic statistics coroutines.

def coroutine(func):
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    start.__name__ = func.__name__
    return start


@coroutine
def stats(topic, log):
    count = 0
    total = 0.0
    low = high = None
    try:
        while True:
            value = yield
            if value is None:          # a query: report without updating
                log.append(f"{topic}: {count} values")
                continue
            count += 1
            total += value
            low = value if low is None else min(low, value)
            high = value if high is None else max(high, value)
            log.append(f"{topic}: n={count} avg={total / count:.2f} range=[{low}, {high}]")
    except GeneratorExit:
        log.append(f"{topic}: closed after {count} values")


@coroutine
def dispatcher(log):
    topics = {}
    try:
        while True:
            command, topic, value = yield
            if command == "PUB":
                if topic not in topics:
                    topics[topic] = stats(topic, log)
                topics[topic].send(value)
            elif command == "ASK":
                if topic in topics:
                    topics[topic].send(None)
                else:
                    log.append(f"{topic}: unknown topic")
            elif command == "END":
                topics.pop(topic).close()
    finally:
        for name in sorted(topics):
            topics[name].close()
        log.append("dispatcher finished")


@coroutine
def line_parser(target, errors):
    """Receives raw chunks; sends complete parsed commands to `target`."""
    buffer = ""
    while True:
        chunk = yield
        buffer += chunk
        while "\n" in buffer:
            line, buffer = buffer.split("\n", 1)
            parts = line.split()
            if not parts:
                continue
            try:
                if parts[0] == "PUB" and len(parts) == 3:
                    target.send(("PUB", parts[1], float(parts[2])))
                elif parts[0] in ("ASK", "END") and len(parts) == 2:
                    target.send((parts[0], parts[1], None))
                else:
                    raise ValueError(f"malformed line {line!r}")
            except ValueError as e:
                errors.append(str(e))


chunks = [
    "PUB temp 21.5\nPUB te",
    "mp 23.0\nPUB hum 40\n",
    "ASK temp\nPUB temp 19",
    ".5\nBAD line\n\nPUB hum x\n",
    "ASK wind\nPUB hum 50\nEND temp\nPUB temp 30\n",
    "PUB temp",
]

log = []
errors = []
disp = dispatcher(log)
parser = line_parser(disp, errors)
for i, chunk in enumerate(chunks):
    parser.send(chunk)
    print(f"after chunk {i}: {len(log)} log lines")
disp.close()
parser.close()

print("\n-- log --")
for entry in log:
    print(entry)
print("\n-- errors --")
for error in errors:
    print(error)


# A small state machine: a traffic-light controller reacting to events.
@coroutine
def controller(out):
    state = "red"
    ticks = 0
    durations = {"red": 3, "green": 2, "yellow": 1}
    following = {"red": "green", "green": "yellow", "yellow": "red"}
    while True:
        event = yield state
        if event == "tick":
            ticks += 1
            if ticks >= durations[state]:
                state, ticks = following[state], 0
                out.append(f"-> {state}")
        elif event == "emergency":
            state, ticks = "red", 0
            out.append("!! emergency red")
        else:
            out.append(f"ignored {event!r}")


transitions = []
light = controller(transitions)
events = ["tick"] * 4 + ["honk"] + ["tick"] * 2 + ["emergency"] + ["tick"] * 3
states = [light.send(e) for e in events]
print("\n-- controller --")
print(" ".join(s[0].upper() for s in states))
print(transitions)
