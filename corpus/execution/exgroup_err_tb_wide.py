# corpus: full-stderr
# More than 15 members and very deep nesting are abbreviated by the traceback printer.
wide = ExceptionGroup("wide", [ValueError(i) for i in range(18)])
print("wide:", wide)
print("first and last members:", repr(wide.exceptions[0]), repr(wide.exceptions[-1]))

deep = ValueError("bottom")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])

depth = 0
node = deep
while isinstance(node, BaseExceptionGroup):
    depth += 1
    node = node.exceptions[0]
print("deep:", deep, "| nesting depth", depth, "| leaf", repr(node))

# split() keeps the whole nesting even for a leaf deep inside.
match_, rest = deep.split(ValueError)
print("split of deep: match is a new group:", match_ is not deep, "rest:", rest)

# Both are attached to a top-level group, which is raised uncaught.
top = ExceptionGroup("top", [wide, deep])
print("top:", top)
raise top
