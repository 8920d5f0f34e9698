# corpus: full-stderr
# An exception raised inside a key function (lambda) called by sorted().
class Employee:
    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def monthly(self):
        return self.salary / 12


staff = [Employee("a", 1200), Employee("b", 2400), Employee("c", None)]
print([e.name for e in staff])
print(sorted(staff, key=lambda e: e.monthly()))
