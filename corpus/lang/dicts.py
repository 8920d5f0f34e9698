# Dictionaries: literals, lookup, item assignment, insertion order.
empty = {}
print(empty, len(empty))
ages = {"ann": 31, "bob": 27}
print(ages)
print(ages["ann"])
ages["cy"] = 45
ages["ann"] = 32
print(ages)
print(len(ages))
squares = {}
for i in range(1, 8):
    squares[i] = i * i
print(squares)
print(squares[7])
mixed_keys = {1: "int", "1": "str", 2.5: "float", (1, 2): "tuple", None: "none", True: "bool"}
print(mixed_keys)
print(mixed_keys[1], mixed_keys["1"], mixed_keys[2.5], mixed_keys[(1, 2)], mixed_keys[None])
print({1: "a", 1.0: "b"})
print({0: "zero", False: "false"})
nested = {"point": {"x": 1, "y": 2}, "tags": ["a", "b"], "pair": (3, 4)}
print(nested)
nested["point"]["x"] = 10
nested["tags"][1] = "B"
print(nested["point"], nested["tags"], nested["pair"][1])
word_lengths = {}
for w in ["one", "three", "seven", "eleven", "two"]:
    word_lengths[w] = len(w)
print(word_lengths)
letters = {}
letters["z"] = 1
letters["a"] = 2
letters["m"] = 3
letters["z"] = 4
print(letters)
print({"a": 1} == {"a": 1}, {"a": 1} != {"a": 2})
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
inventory = {"apples": 3, "pears": 0}
inventory["apples"] -= 1
inventory["pears"] += 5
print(inventory)
print({"quote": "it's", "nl": "\n"})
big = {2 ** 100: "huge", -1: "neg"}
print(big[2 ** 100], big[-1])
print(big)
print(type({}))
grades = {"math": [90, 80], "art": [70]}
grades["math"][0] = 95
print(grades)
