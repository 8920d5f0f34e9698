# except* with else and finally, and return/break/continue restrictions avoided.
def trial(excs):
    steps = []
    try:
        try:
            steps.append("body")
            if excs:
                raise ExceptionGroup("trial", excs)
        except* ValueError:
            steps.append("except* ValueError")
        except* TypeError:
            steps.append("except* TypeError")
        else:
            steps.append("else")
        finally:
            steps.append("finally")
    except ExceptionGroup as e:
        steps.append(f"outer caught {len(e.exceptions)}")
    return steps


print(trial([]))
print(trial([ValueError()]))
print(trial([ValueError(), TypeError()]))
print(trial([KeyError()]))
print(trial([KeyError(), ValueError()]))

# Loop with except* inside; flags replace break/continue inside the handler.
results = []
for i in range(6):
    failed = False
    try:
        excs = []
        if i % 2:
            excs.append(ValueError(i))
        if i % 3 == 0:
            excs.append(TypeError(i))
        if excs:
            raise ExceptionGroup(f"round {i}", excs)
    except* ValueError as eg:
        failed = True
        results.append(("V", i))
    except* TypeError as eg:
        failed = True
        results.append(("T", i))
    if not failed:
        results.append(("ok", i))
print(results)

# finally runs even when part of the group escapes.
log = []
def inner():
    try:
        raise ExceptionGroup("x", [ValueError(1), OSError(2)])
    except* ValueError:
        log.append("handled value")
    finally:
        log.append("finally ran")

try:
    inner()
except ExceptionGroup as e:
    log.append("escaped " + repr(e))
print(log)

# Return value from function after except*.
def compute(x):
    result = None
    try:
        if x < 0:
            raise ExceptionGroup("neg", [ValueError(x)])
        result = x * 2
    except* ValueError:
        result = -1
    return result

print([compute(x) for x in [3, -3, 0]])
