# corpus: full-stderr
# An exception raised inside an iterator's __next__ method, surfacing in the consumer's for loop.
class Records:
    def __init__(self, lines):
        self.lines = lines
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.lines):
            raise StopIteration
        line = self.lines[self.pos]
        self.pos += 1
        key, value = line.split(":")
        return key.strip(), value.strip()


class Reader:
    def __init__(self, lines):
        self.lines = lines

    def records(self):
        return Records(self.lines)


def load(reader):
    result = {}
    for k, v in reader.records():
        result[k] = v
    return result


print(load(Reader(["a: 1", "b: 2"])))
print(load(Reader(["a: 1", "broken line"])))
