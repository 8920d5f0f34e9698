# Mixed int/float arithmetic, float floor division and modulo.
print(1 + 2.0)
print(3 * 0.5)
print(7 / 2)
print(7.0 // 2)
print(-7.0 // 2)
print(7.5 % 2)
print(-7.5 % 2)
print(7.5 % -2)
print(-7.5 // 2)
print(7.5 // -2)
print(0.3 % 0.1)
print(5.0 % 1.5)
print(-0.0 + 0.0)
print(1e300 * 1e10)
print(2.0 ** 0.5)
print(10 / 4)
print(10 // 4.0)
print(10 % 4.0)
print(-10 % 4.0)
print(abs(-2.5))
print(abs(2.5))
print(abs(-0.0))
print(int(3.9))
print(int(-3.9))
print(int(2.0))
print(int(1e20))
print(float(3))
print(float(-7))
print(3 == 3.0)
print(0.5 < 1)
print(2 ** 53 == 2.0 ** 53)
print(1 / 3 + 1 / 3 + 1 / 3)
celsius = -40
while celsius <= 100:
    fahrenheit = celsius * 9 / 5 + 32
    print(celsius, "C =", fahrenheit, "F")
    celsius = celsius + 20
total = 0.0
i = 0
while i < 10:
    total = total + 0.1
    i = i + 1
print(total)
print(total == 1.0)
price = 19.99
qty = 3
print(price * qty)
rate = 0.05
balance = 1000.0
year = 1
while year <= 5:
    balance = balance + balance * rate
    print("year", year, "balance", balance)
    year = year + 1
# Newton's method for square roots
n = 2.0
guess = 1.0
step = 0
while step < 6:
    guess = (guess + n / guess) / 2
    print(step, guess)
    step = step + 1
