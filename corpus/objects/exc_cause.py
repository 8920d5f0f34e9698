# raise X from Y sets __cause__ and __suppress_context__.
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad port " + repr(text)) from e


try:
    parse_port("80a")
except ConfigError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
try:
    raise ConfigError("direct") from KeyError("k")
except ConfigError as e:
    print(e, repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise ConfigError("class cause") from ValueError
except ConfigError as e:
    print(type(e.__cause__).__name__, repr(e.__cause__))
try:
    raise ConfigError("bad cause") from 5
except TypeError as e:
    print("TypeError:", e)
e = ValueError("v")
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
