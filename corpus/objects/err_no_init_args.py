# Uncaught TypeError: a class without __init__ called with arguments.
class Marker:
    pass


print(type(Marker()).__name__)
m = Marker(1, 2)
