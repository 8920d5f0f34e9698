# try/except/else/finally control flow with return, break and continue.
def f(n):
    log = []
    try:
        log.append("try")
        if n == 0:
            return log + ["returned from try"]
        if n == 1:
            raise ValueError
    except ValueError:
        log.append("except")
        return log
    else:
        log.append("else")
    finally:
        log.append("finally")
        print("finally for", n, log)
    log.append("after")
    return log


for n in range(3):
    print(f(n))


def override():
    try:
        return "try"
    finally:
        return "finally wins"


print(override())


def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "exception swallowed"


print(swallow())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
count = 0
while True:
    try:
        count += 1
        if count > 2:
            break
    finally:
        print("loop finally", count)
