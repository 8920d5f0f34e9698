# KeyError on a missing dict key.
prices = {"apple": 1.25, "pear": 0.75}
cart = ["apple", "pear", "apple", "mango"]
total = 0
for item in cart:
    print("adding", item)
    total += prices[item]
print(total)
