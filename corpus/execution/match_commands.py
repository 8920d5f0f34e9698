# A little command interpreter driven by match on split strings.
inventory = {}
log = []


def run(line):
    match line.split():
        case []:
            return "nothing to do"
        case ["add", item]:
            inventory[item] = inventory.get(item, 0) + 1
            return f"added one {item}"
        case ["add", item, count] if count.isdigit():
            inventory[item] = inventory.get(item, 0) + int(count)
            return f"added {count} {item}"
        case ["remove", item] if item in inventory:
            del inventory[item]
            return f"removed {item}"
        case ["remove", item]:
            return f"no {item} to remove"
        case ["list"]:
            return ", ".join(f"{k}={v}" for k, v in sorted(inventory.items())) or "empty"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            log.append(direction)
            return f"going {direction}"
        case ["go", *_]:
            return "go where?"
        case ["say", *words]:
            return " ".join(words).upper()
        case [("quit" | "exit")]:
            return "bye"
        case [cmd, *args]:
            return f"unknown command {cmd!r} with {len(args)} argument(s)"


script = """add apple
add pear 3
add apple
add plum x
list
remove pear
remove kiwi
list
go north
go up
go
say hello there world
jump 1 2 3

quit"""
for line in script.split("\n"):
    print(f"> {line}")
    print(run(line))
print("moves:", log)
print("final:", inventory)
