# Runaway recursion raises RecursionError, which can be caught and recovered from.
import sys

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught:", type(e).__name__, "-", e)
    print("is a RuntimeError:", isinstance(e, RuntimeError))

# Mutual recursion.
def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

try:
    ping(0)
except RecursionError as e:
    print("mutual:", e)

# The interpreter is usable afterwards, and ordinary deep-ish recursion works.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print("fact(200) has", len(str(fact(200))), "digits")

# Catching inside the recursion: each level may see the error.
def careful(n, log):
    try:
        return careful(n + 1, log)
    except RecursionError:
        if len(log) < 3:
            log.append(n)
        raise

log = []
try:
    careful(0, log)
except RecursionError as e:
    print("deepest levels saw it:", len(log), "entries, decreasing:", log[0] > log[1] > log[2])

# finally blocks run while unwinding.
unwound = [0]

def with_finally(n):
    try:
        return with_finally(n + 1)
    finally:
        unwound[0] += 1

try:
    with_finally(0)
except RecursionError:
    print("finally blocks ran:", unwound[0] > 900)

# Recursion through a lambda and through a method.
fib = lambda n: fib(n + 1)
try:
    fib(0)
except RecursionError as e:
    print("lambda:", e)

class Walker:
    def walk(self, n):
        return self.walk(n + 1)

try:
    Walker().walk(0)
except RecursionError as e:
    print("method:", e)
print("limit unchanged:", sys.getrecursionlimit())
