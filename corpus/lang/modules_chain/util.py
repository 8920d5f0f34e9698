print("util: loading")
calls = [0]


def total(values):
    calls[0] += 1
    result = 0
    for v in values:
        result += v
    return result


print("util: loaded")
