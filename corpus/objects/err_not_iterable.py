# Uncaught TypeError: iterating over an instance without __iter__ or __getitem__.
class Bag:
    def __init__(self):
        self.items = [1, 2]


b = Bag()
print(len(b.items))
for item in b:
    print(item)
