# sys.exit with a string: printed to stderr, exit status 1.
import sys


class Validator:
    def check(self, value):
        if value < 0:
            sys.exit("fatal: negative value " + str(value))
        return value


v = Validator()
print(v.check(5))
v.check(-2)
