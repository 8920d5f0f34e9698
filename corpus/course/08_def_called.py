print("Before")


def greet():
    print("Hello from greet!")


greet()
print("After")
