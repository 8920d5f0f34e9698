# corpus: full-stderr
# A bare raise inside an except block of a method keeps the original traceback.
class Retry:
    def __init__(self, attempts):
        self.attempts = attempts

    def run(self, func):
        for attempt in range(1, self.attempts + 1):
            try:
                return func(attempt)
            except ConnectionError:
                print("attempt", attempt, "failed")
                if attempt == self.attempts:
                    raise


def flaky(n):
    raise ConnectionError(f"server unavailable (try {n})")


Retry(3).run(flaky)
