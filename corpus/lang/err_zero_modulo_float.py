# ZeroDivisionError from float modulo.
values = [7.5, 2.25, -1.0]
for v in values:
    print(v % 2, v % -2)
print(7.5 % 0.0)
