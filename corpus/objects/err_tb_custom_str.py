# corpus: full-stderr
# A user exception with __str__ and a module-qualified name in the traceback.
class HttpError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url

    def __str__(self):
        return f"{self.status} for {self.url}"


class NotFound(HttpError):
    pass


class Client:
    routes = {"/": "home"}

    def get(self, url):
        if url not in self.routes:
            raise NotFound(404, url)
        return self.routes[url]


c = Client()
print(c.get("/"))
print(c.get("/missing"))
