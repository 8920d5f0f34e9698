# An ExceptionGroup escaping from except*: only the exit line is checked.
def risky(n):
    if n > 2:
        raise OverflowError(f"{n} is too big")
    if n < 0:
        raise ValueError(f"{n} is negative")
    return n * 10


errors = []
for n in [1, 5, -1, 2, 7]:
    try:
        print(n, risky(n))
    except Exception as e:
        errors.append(e)

try:
    raise ExceptionGroup("risky batch", errors)
except* ValueError as eg:
    print("ignoring", len(eg.exceptions), "value error(s)")
