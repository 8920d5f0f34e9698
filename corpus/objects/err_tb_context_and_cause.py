# corpus: full-stderr
# A cause chain followed by an error raised while handling it.
class ParseError(Exception):
    pass


class Loader:
    def parse(self, text):
        try:
            return int(text)
        except ValueError as e:
            raise ParseError(f"not a number: {text!r}") from e

    def load_all(self, texts):
        results = []
        for t in texts:
            try:
                results.append(self.parse(t))
            except ParseError:
                self.report(t)
        return results

    def report(self, text):
        raise RuntimeError("reporting is not configured")


print(Loader().load_all(["1", "2"]))
Loader().load_all(["3", "x"])
