# Module-level state shared by every importer.
state = {"count": 0, "log": []}
LIMIT = 3


def bump(label):
    state["count"] += 1
    state["log"] += [label]
    return state["count"]


def over_limit():
    return state["count"] > LIMIT
