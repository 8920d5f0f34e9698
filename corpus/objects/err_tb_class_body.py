# corpus: full-stderr
# An exception raised while executing a class body (frame named after the class).
def compute_limit(n):
    return 100 // n


class Settings:
    name = "default"
    divisor = 0
    limit = compute_limit(divisor)


print("not reached")
