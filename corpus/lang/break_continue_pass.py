# break, continue and pass.
for i in range(10):
    if i == 5:
        break
    print("loop1", i)
for i in range(10):
    if i % 3 == 0:
        continue
    print("loop2", i)
for i in range(3):
    pass
print("pass loop ended at", i)
for i in range(4):
    for j in range(4):
        if j > i:
            break
        print(i, j)
for word in ["alpha", "beta", "stop", "gamma"]:
    if word == "stop":
        print("stopping")
        break
    print("word", word)


def does_nothing():
    pass


print(does_nothing())
if True:
    pass
x = 0
while x < 10:
    x += 1
    if x % 2:
        continue
    if x == 8:
        break
    print("even", x)
print("x ended at", x)
primes = []
for n in range(2, 40):
    is_prime = True
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            is_prime = False
            break
    if not is_prime:
        continue
    primes = primes + [n]
print(primes)
