# ZeroDivisionError from integer modulo.
for n in [10, 7, 4, 1, 0, 3]:
    print(n, 100 % n)
print("not reached")
