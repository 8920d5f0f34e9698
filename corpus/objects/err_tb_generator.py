# corpus: full-stderr
# An exception raised inside a generator method, surfacing in the consumer.
class Reader:
    def __init__(self, lines):
        self.lines = lines

    def records(self):
        for line in self.lines:
            key, value = line.split(":")
            yield key.strip(), value.strip()


def load(reader):
    result = {}
    for k, v in reader.records():
        result[k] = v
    return result


print(load(Reader(["a: 1", "b: 2"])))
print(load(Reader(["a: 1", "broken line"])))
