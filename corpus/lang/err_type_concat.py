# TypeError: str + int.
def greet(name, times):
    line = "Hello " + name
    print(line)
    return "Repeated " + times + " times"


print(greet("Ann", "2"))
print(greet("Bob", 3))
