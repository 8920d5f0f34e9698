# Control flow through finally: return/break/continue overriding, ordering.
def ret_override():
    try:
        return "try"
    finally:
        return "finally"

print(ret_override())

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"

print(swallow())

def order():
    log = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(f"body {i}")
        finally:
            log.append(f"finally {i}")
    return log

print(order())

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"loop ended at {i} with the KeyError discarded"

print(break_in_finally())

def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2

print("returned value is captured before finally:", value_captured())

def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")

print(nested_finally())

def exc_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")

try:
    exc_in_finally()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
