# async with and user classes with __aenter__/__aexit__.
log = []

class Step:
    def __await__(self):
        yield "step"

class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Step()
        log.append(f"enter {self.name}")
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await Step()
        desc = exc_type.__name__ if exc_type else None
        log.append(f"exit {self.name} with {desc}")
        return self.suppress

async def main():
    async with Resource("a") as a:
        log.append(f"body got {a}")
    async with Resource("outer") as o, Resource("inner") as i:
        log.append(f"body got {o} and {i}")
    try:
        async with Resource("failing"):
            log.append("about to fail")
            raise ValueError("inside")
    except ValueError as e:
        log.append(f"caught {e}")
    async with Resource("quiet", suppress=True):
        raise KeyError("swallowed")
    log.append("after suppressed error")
    return len(log)

def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n

print(run(main()))
for line in log:
    print(line)
