# corpus: full-stderr
# Three exceptions chained: a cause whose own context is another exception.
class StorageError(Exception):
    pass


class ServiceError(Exception):
    pass


class Storage:
    def read(self, key):
        data = {"a": "1"}
        try:
            return data[key]
        except KeyError:
            raise StorageError("cannot read " + key)


class Service:
    def __init__(self):
        self.storage = Storage()

    def fetch(self, key):
        try:
            return self.storage.read(key)
        except StorageError as e:
            raise ServiceError("fetch failed") from e


s = Service()
print(s.fetch("a"))
s.fetch("b")
