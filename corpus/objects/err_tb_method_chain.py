# corpus: full-stderr
# A traceback through several methods of several classes.
class Parser:
    def __init__(self, text):
        self.text = text

    def parse(self):
        return [self.parse_item(part) for part in self.text.split(",")]

    def parse_item(self, part):
        return Item(part.strip()).value()


class Item:
    def __init__(self, raw):
        self.raw = raw

    def value(self):
        return int(self.raw) * 2


print(Parser("1, 2, 3").parse())
print(Parser("4, five, 6").parse())
