# corpus: full-stderr
# An uncaught ExceptionGroup whose members were raised (and so carry tracebacks).
def parse_port(text):
    return int(text)


def check_host(name):
    if not name:
        raise ValueError("empty host name")
    return name


def validate(config):
    errors = []
    try:
        parse_port(config["port"])
    except ValueError as e:
        errors.append(e)
    try:
        check_host(config["host"])
    except ValueError as e:
        errors.append(e)
    if "user" not in config:
        errors.append(KeyError("user"))
    if errors:
        raise ExceptionGroup("invalid config", errors)
    print("config ok:", config)


validate({"port": "80", "host": "h", "user": "u"})
validate({"port": "eighty", "host": ""})
