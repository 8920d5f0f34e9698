# help's repr and type.
print(repr(help))
print(type(help).__name__, type(help).__module__, callable(help))
