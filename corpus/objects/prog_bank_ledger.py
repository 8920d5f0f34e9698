# A small bank: accounts, a ledger of transactions, interest, and error handling.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class Transaction:
    next_id = 1

    def __init__(self, kind, amount, account, memo=""):
        self.id = Transaction.next_id
        Transaction.next_id += 1
        self.kind = kind
        self.amount = amount
        self.account = account
        self.memo = memo

    def __repr__(self):
        sign = "+" if self.kind in ("deposit", "interest", "transfer-in") else "-"
        return f"#{self.id:03d} {self.account:>6} {self.kind:<12} {sign}{self.amount:>9.2f} {self.memo}"


class Account:
    kind = "basic"
    overdraft = 0

    def __init__(self, number, owner, balance=0.0):
        self.number = number
        self.owner = owner
        self.balance = balance
        self.frozen = False

    def __repr__(self):
        return f"{type(self).__name__}({self.number}, {self.owner!r}, {self.balance:.2f})"

    def can_withdraw(self, amount):
        return self.balance + self.overdraft >= amount

    def monthly_interest(self):
        return 0.0


class Savings(Account):
    kind = "savings"
    rate = 0.02

    def monthly_interest(self):
        return round(self.balance * self.rate / 12, 2)


class Checking(Account):
    kind = "checking"
    overdraft = 100


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.ledger = []

    def open(self, cls, owner, deposit=0.0):
        number = f"{len(self.accounts) + 1:04d}"
        acct = cls(number, owner)
        self.accounts[number] = acct
        if deposit:
            self.deposit(number, deposit, "opening deposit")
        return acct

    def _get(self, number):
        try:
            acct = self.accounts[number]
        except KeyError:
            raise BankError(f"no account {number}") from None
        if acct.frozen:
            raise AccountFrozen(f"account {number} is frozen")
        return acct

    def deposit(self, number, amount, memo=""):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        acct = self._get(number)
        acct.balance += amount
        self.ledger.append(Transaction("deposit", amount, number, memo))

    def withdraw(self, number, amount, memo=""):
        acct = self._get(number)
        if not acct.can_withdraw(amount):
            raise InsufficientFunds(acct, amount)
        acct.balance -= amount
        self.ledger.append(Transaction("withdrawal", amount, number, memo))

    def transfer(self, src, dst, amount):
        a, b = self._get(src), self._get(dst)
        if not a.can_withdraw(amount):
            raise InsufficientFunds(a, amount)
        a.balance -= amount
        b.balance += amount
        self.ledger.append(Transaction("transfer-out", amount, src, "to " + dst))
        self.ledger.append(Transaction("transfer-in", amount, dst, "from " + src))

    def month_end(self):
        for number in sorted(self.accounts):
            acct = self.accounts[number]
            interest = acct.monthly_interest()
            if interest > 0:
                acct.balance += interest
                self.ledger.append(Transaction("interest", interest, number))

    def statement(self, number):
        return [t for t in self.ledger if t.account == number]

    def total(self):
        return round(sum([a.balance for a in self.accounts.values()]), 2)


bank = Bank("Corpus Savings & Loan")
alice = bank.open(Savings, "Alice", 1200)
bob = bank.open(Checking, "Bob", 50)
carol = bank.open(Account, "Carol")
print(alice, bob, carol)

operations = [
    ("deposit", "0003", 75.5),
    ("withdraw", "0002", 120),
    ("withdraw", "0002", 100),
    ("transfer", "0001", "0003", 200),
    ("withdraw", "0003", 500),
    ("deposit", "0009", 10),
    ("deposit", "0001", -5),
    ("freeze", "0002"),
    ("deposit", "0002", 10),
]
for op in operations:
    try:
        if op[0] == "deposit":
            bank.deposit(op[1], op[2])
        elif op[0] == "withdraw":
            bank.withdraw(op[1], op[2])
        elif op[0] == "transfer":
            bank.transfer(op[1], op[2], op[3])
        elif op[0] == "freeze":
            bank.accounts[op[1]].frozen = True
        print("ok    ", op)
    except InsufficientFunds as e:
        print("denied", op, "->", e, "| short by", e.amount - e.account.balance)
    except BankError as e:
        print("error ", op, "->", type(e).__name__, e)
    except ValueError as e:
        print("bad   ", op, "->", e)

for month in range(3):
    bank.month_end()
print("ledger:")
for t in bank.ledger:
    print(" ", t)
for number in sorted(bank.accounts):
    acct = bank.accounts[number]
    print(f"{number} {acct.owner:<6} {acct.kind:<9} {acct.balance:>9.2f} {len(bank.statement(number))} txns")
print("total", bank.total())
print(sorted(bank.accounts.values(), key=lambda a: -a.balance))
