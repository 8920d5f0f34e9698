# corpus: full-stderr
# Nested uncaught groups, with chained causes inside the leaves.
def step(n):
    if n % 2:
        raise ValueError(f"odd step {n}")
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError(f"step {n} lookup failed") from e


def stage(name, steps):
    errors = []
    for n in steps:
        try:
            step(n)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"stage {name}", errors)


def pipeline():
    failures = []
    for name, steps in [("a", [1, 2]), ("b", [4]), ("c", [])]:
        try:
            stage(name, steps)
        except ExceptionGroup as eg:
            failures.append(eg)
    failures.append(TypeError("not raised, no traceback"))
    raise ExceptionGroup("pipeline", failures)


pipeline()
