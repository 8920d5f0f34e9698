# corpus: full-stderr
# A coroutine used without priming: the first send() must be None.
def accumulator():
    total = 0
    while True:
        value = yield total
        total += value


primed = accumulator()
next(primed)
for v in [1, 2, 3]:
    print("primed total", primed.send(v))

also_primed = accumulator()
print("send(None) primes too:", also_primed.send(None), also_primed.send(10))

unprimed = accumulator()
for v in [4, 5]:
    print("unprimed total", unprimed.send(v))
print("not reached")
