price = 20
quantity = 3
tax = 5
total = price * quantity + tax
print(total)
