# corpus: full-stderr
# An exception raised in finally replaces the one in flight (shown as context).
class Job:
    def __init__(self, name):
        self.name = name

    def execute(self):
        try:
            self.step()
        finally:
            self.cleanup()

    def step(self):
        raise ValueError("step failed for " + self.name)

    def cleanup(self):
        raise RuntimeError("cleanup failed for " + self.name)


Job("nightly").execute()
