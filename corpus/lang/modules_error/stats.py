def total(values):
    result = 0
    for v in values:
        result += v
    return result


def mean(values):
    return total(values) / len(values)


def spread(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return hi - lo
