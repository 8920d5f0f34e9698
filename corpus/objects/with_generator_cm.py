# A hand-written context manager class driving a step object (no contextlib, no generator).
class contextmanager_like:
    def __init__(self, steps_cls):
        self.steps_cls = steps_cls

    def __call__(self, *args):
        return _StepCM(self.steps_cls(*args))


class _StepCM:
    def __init__(self, steps):
        self.steps = steps
        self.entered = False

    def __enter__(self):
        if self.entered:
            raise RuntimeError("context manager is not reentrant")
        self.entered = True
        return self.steps.setup()

    def __exit__(self, et, ev, tb):
        try:
            if et is None:
                return False
            return self.steps.handle(ev)
        finally:
            self.steps.cleanup()


@contextmanager_like
class tag:
    def __init__(self, name):
        self.name = name

    def setup(self):
        print(f"<{self.name}>")
        return self.name.upper()

    def handle(self, exc):
        if isinstance(exc, ValueError):
            print("handled inside the step object:", exc)
            return True
        return False

    def cleanup(self):
        print(f"</{self.name}>")


with tag("p") as t:
    print("content", t)
with tag("div"):
    raise ValueError("swallowed")
try:
    with tag("span"):
        raise KeyError("escapes")
except KeyError as e:
    print("KeyError escaped:", e)
cm = tag("b")
with cm as t:
    try:
        with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
print(type(tag).__name__, type(cm).__name__)
