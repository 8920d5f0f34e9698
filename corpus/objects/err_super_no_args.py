# Uncaught RuntimeError: zero-argument super() outside a class.
def helper(self):
    return super().method()


class A:
    def method(self):
        return "A"


print(A().method())
print(helper(A()))
