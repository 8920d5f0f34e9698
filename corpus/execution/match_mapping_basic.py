# Mapping patterns: required keys, extra keys are ignored, nested values.
def handle(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": "move", "delta": [dx, dy]}:
            return f"move by {dx},{dy}"
        case {"type": t}:
            return f"unknown event type {t}"
        case {}:
            return "a mapping without type"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "x": 1, "y": 2},
    {"type": "click", "x": 5, "y": 6, "button": "left"},
    {"type": "click", "x": 5},
    {"type": "key", "key": "q", "mods": []},
    {"type": "move", "delta": [3, -4]},
    {"type": "move", "delta": (1, 1)},
    {"type": "move", "delta": "ab"},
    {"type": "scroll"},
    {"kind": "other"},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(e, "->", handle(e))

# Non-string keys: numbers, None, True, value patterns.
class K:
    A = "alpha"

def keys(m):
    match m:
        case {1: one, None: n}:
            return f"int and None keys: {one} {n}"
        case {K.A: a}:
            return f"dotted key: {a}"
        case {-1: neg}:
            return f"negative key: {neg}"
        case {True: t}:
            return f"True key: {t}"
        case _:
            return "no"

for m in [{1: "x", None: "y"}, {"alpha": 3}, {-1: "m"}, {1: "only one"},
          {True: "t"}, {1.0: "float one", None: 0}]:
    print(m, "->", keys(m))

# Mapping patterns with literal values.
for cfg in [{"debug": True}, {"debug": False}, {"debug": 1}, {"level": 3}]:
    match cfg:
        case {"debug": True}:
            print(cfg, "debug on")
        case {"debug": False}:
            print(cfg, "debug off")
        case {"debug": other}:
            print(cfg, "debug weird", other)
        case {"level": 1 | 2 | 3 as lvl}:
            print(cfg, "level", lvl)
