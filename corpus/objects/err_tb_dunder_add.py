# corpus: full-stderr
# An error raised inside __add__, reached through the + operator.
class Money:
    def __init__(self, amount, currency):
        self.amount = amount
        self.currency = currency

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __repr__(self):
        return f"{self.amount} {self.currency}"


def total(items):
    result = items[0]
    for item in items[1:]:
        result = result + item
    return result


print(total([Money(1, "EUR"), Money(2, "EUR")]))
print(total([Money(1, "EUR"), Money(2, "USD")]))
