# ValueError: float() of text that is not a number.
print(float("1e3"))
print(float("nan"))
print(float("one"))
