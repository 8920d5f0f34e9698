# A match-statement interpreter: a small stack machine whose instructions are
# tuples and class instances dispatched by `match` (~2.4 million dispatches).
class Push:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Jump:
    __match_args__ = ("target", "cond")

    def __init__(self, target, cond):
        self.target = target
        self.cond = cond


def execute(program, steps):
    stack = []
    pc = 0
    count = 0
    while count < steps:
        count += 1
        match program[pc]:
            case Push(v):
                stack.append(v)
            case ("add",):
                b = stack.pop()
                stack.append(stack.pop() + b)
            case ("mod", m):
                stack.append(stack.pop() % m)
            case ("dup",):
                stack.append(stack[-1])
            case ("pop",):
                stack.pop()
            case Jump(target=t, cond=True):
                if stack.pop():
                    pc = t
                    continue
            case Jump(t, False):
                pc = t
                continue
            case {"op": "swap"}:
                stack[-1], stack[-2] = stack[-2], stack[-1]
            case _:
                raise ValueError(program[pc])
        pc += 1
    return stack


program = [
    Push(0),                  # 0: the counter
    Push(1), ("add",),        # 1-2: counter += 1
    ("mod", 1000003),         # 3
    ("dup",), ("mod", 7),     # 4-5
    Jump(10, True),           # 6: counter % 7 != 0: straight on
    Push(5), {"op": "swap"},  # 7-8: else counter += 5 the long way
    ("add",),                 # 9
    Jump(1, False),           # 10
]
print("match_dispatch =", execute(program, 2400000))
