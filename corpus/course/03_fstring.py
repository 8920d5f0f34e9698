name = "Alice"
age = 20
print(f"Hello {name}, you are {age} years old!")
