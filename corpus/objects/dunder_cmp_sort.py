# sorted/min/max/list.sort need only __lt__; stability; key functions.
class Card:
    ranks = "23456789TJQKA"

    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]

    def __lt__(self, other):
        return Card.ranks.index(self.rank) < Card.ranks.index(other.rank)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card(t) for t in ["Kh", "2s", "Ad", "2h", "Tc", "Ks"]]
print(sorted(hand))
print(sorted(hand, reverse=True))
print(min(hand), max(hand))
hand.sort()
print(hand)
print(sorted(hand, key=lambda c: c.suit))
try:
    Card("2s") > Card("3s")
    print("reflected __lt__ used for >")
except TypeError as e:
    print("TypeError:", e)
try:
    Card("2s") <= Card("3s")
except TypeError as e:
    print("TypeError:", e)


class Unorderable:
    pass


try:
    sorted([Unorderable(), Unorderable()])
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
