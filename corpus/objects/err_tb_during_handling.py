# corpus: full-stderr
# An exception raised while handling another: "During handling ..." chaining.
class Logger:
    def __init__(self):
        self.lines = []

    def log(self, message):
        self.lines.append(message.upper())


def divide(a, b, logger):
    try:
        return a / b
    except ZeroDivisionError:
        logger.log(None)


lg = Logger()
print(divide(6, 3, lg))
print(divide(1, 0, lg))
