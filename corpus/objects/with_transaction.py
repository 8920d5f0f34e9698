# A transaction context manager that rolls back state on error.
class Account:
    def __init__(self, balance):
        self.balance = balance
        self.history = []


class Transaction:
    def __init__(self, *accounts):
        self.accounts = accounts

    def __enter__(self):
        self.snapshot = [(a.balance, list(a.history)) for a in self.accounts]
        return self

    def __exit__(self, et, ev, tb):
        if et is not None:
            for acc, (bal, hist) in zip(self.accounts, self.snapshot):
                acc.balance, acc.history = bal, hist
            print("rolled back because", et.__name__ + ":", ev)
            return issubclass(et, ValueError)
        print("committed")
        return False


def transfer(src, dst, amount):
    src.balance -= amount
    src.history.append(-amount)
    if src.balance < 0:
        raise ValueError("insufficient funds")
    dst.balance += amount
    dst.history.append(amount)


a, b = Account(100), Account(5)
with Transaction(a, b):
    transfer(a, b, 30)
print(a.balance, b.balance, a.history, b.history)
with Transaction(a, b):
    transfer(a, b, 500)
print(a.balance, b.balance, a.history, b.history)
try:
    with Transaction(a, b):
        transfer(a, b, 10)
        raise KeyError("unexpected")
except KeyError as e:
    print("KeyError propagated:", e)
print(a.balance, b.balance, a.history, b.history)
