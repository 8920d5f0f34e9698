# A tiny bank ledger using dicts of lists.
accounts = {"alice": 100, "bob": 50, "carol": 0}
history = {"alice": [], "bob": [], "carol": []}


def deposit(name, amount):
    accounts[name] += amount
    history[name] += [("deposit", amount)]


def withdraw(name, amount):
    if accounts[name] < amount:
        print(f"  {name}: insufficient funds for {amount} (balance {accounts[name]})")
        history[name] += [("refused", amount)]
        return False
    accounts[name] -= amount
    history[name] += [("withdraw", amount)]
    return True


def transfer(source, target, amount):
    if withdraw(source, amount):
        deposit(target, amount)
        print(f"  moved {amount} from {source} to {target}")


def report():
    total = 0
    for name in ["alice", "bob", "carol"]:
        print(f"  {name:<6}{accounts[name]:>8}")
        total += accounts[name]
    print(f"  {'total':<6}{total:>8}")


print("start")
report()
deposit("carol", 25)
transfer("alice", "bob", 30)
transfer("bob", "carol", 100)
transfer("bob", "carol", 80)
withdraw("alice", 70)
withdraw("alice", 1)
print("end")
report()
for name in ["alice", "bob", "carol"]:
    print(name, history[name])
rate = 0.015
balance = 1000.0
for month in range(1, 13):
    balance = balance * (1 + rate / 12)
    if month % 3 == 0:
        print(f"month {month:2}: {balance:10.2f}")
print(f"final {balance:.4f}")
