# ValueError: int() of a decimal string.
print(int("10"))
print(float("2.5"))
print(int("2.5"))
