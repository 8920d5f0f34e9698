# corpus: full-stderr
# except* handles some members; a handler raises; the remainder escapes with context.
def job(i):
    if i == 1:
        raise ValueError("bad input 1")
    if i == 2:
        raise OSError("io failed 2")
    if i == 3:
        raise ValueError("bad input 3")
    return i


def run_all():
    errors = []
    for i in range(4):
        try:
            print("job", i, "->", job(i))
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("jobs failed", errors)


try:
    run_all()
except* ValueError as eg:
    print("value errors:", [str(e) for e in eg.exceptions])
    raise RuntimeError("giving up on bad input")
except* OSError as eg:
    print("os errors:", [str(e) for e in eg.exceptions])
    raise
