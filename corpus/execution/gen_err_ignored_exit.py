# close() on a generator that yields again after GeneratorExit.
def stubborn():
    refused = False
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            if refused:
                raise
            refused = True
            print("ignoring GeneratorExit once")
            yield "still ticking"


def polite():
    try:
        yield "tick"
    finally:
        print("polite cleanup")


p = polite()
print(next(p))
p.close()
g = stubborn()
print(next(g), next(g))
g.close()
print("not reached")
