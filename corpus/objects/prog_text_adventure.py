# A tiny text adventure driven by a scripted list of commands.
class GameOver(Exception):
    pass


class Item:
    def __init__(self, name, description, weight=1):
        self.name = name
        self.description = description
        self.weight = weight

    def __str__(self):
        return self.name


class Key(Item):
    def __init__(self, name, opens):
        super().__init__(name, f"a key that opens the {opens}")
        self.opens = opens


class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = []
        self.locked = {}

    def connect(self, direction, other, back, locked_by=None):
        self.exits[direction] = other
        other.exits[back] = self
        if locked_by:
            self.locked[direction] = locked_by

    def describe(self):
        lines = [f"== {self.name} ==", self.description]
        if self.items:
            lines.append("You see: " + ", ".join([str(i) for i in self.items]))
        lines.append("Exits: " + ", ".join(sorted(self.exits)))
        return "\n".join(lines)


class Player:
    max_weight = 5

    def __init__(self, start):
        self.room = start
        self.inventory = []
        self.moves = 0

    @property
    def load(self):
        return sum([i.weight for i in self.inventory])

    def find(self, name, where):
        for item in where:
            if item.name == name:
                return item
        return None


class Game:
    def __init__(self):
        hall = Room("Hall", "A draughty hall.")
        library = Room("Library", "Dusty shelves everywhere.")
        vault = Room("Vault", "Gold glitters in the dark.")
        garden = Room("Garden", "Overgrown and quiet.")
        hall.connect("north", library, "south")
        hall.connect("east", garden, "west")
        library.connect("east", vault, "west", locked_by="vault door")
        garden.items.append(Key("brass key", "vault door"))
        garden.items.append(Item("rock", "a heavy rock", weight=5))
        library.items.append(Item("book", "an old book about keys"))
        vault.items.append(Item("crown", "the lost crown", weight=2))
        self.player = Player(hall)
        self.handlers = {"go": self.go, "take": self.take, "drop": self.drop,
                         "look": self.look, "inv": self.inv, "use": self.use}

    def run(self, commands):
        print(self.player.room.describe())
        for line in commands:
            print("> " + line)
            verb, _, rest = line.partition(" ")
            handler = self.handlers.get(verb)
            try:
                if handler is None:
                    raise ValueError(f"I don't know how to {verb!r}")
                handler(rest)
                self.player.moves += 1
            except ValueError as e:
                print("  " + str(e))
            except GameOver as e:
                print("*** " + str(e) + f" in {self.player.moves} moves ***")
                return True
        return False

    def go(self, direction):
        room = self.player.room
        if direction not in room.exits:
            raise ValueError("You can't go that way.")
        if direction in room.locked:
            raise ValueError(f"The {room.locked[direction]} is locked.")
        self.player.room = room.exits[direction]
        print(self.player.room.describe())

    def take(self, name):
        item = self.player.find(name, self.player.room.items)
        if item is None:
            raise ValueError(f"There is no {name} here.")
        if self.player.load + item.weight > self.player.max_weight:
            raise ValueError(f"The {name} is too heavy to carry with your load.")
        self.player.room.items.remove(item)
        self.player.inventory.append(item)
        print(f"  Taken: {item}.")
        if item.name == "crown":
            raise GameOver("You found the crown")

    def drop(self, name):
        item = self.player.find(name, self.player.inventory)
        if item is None:
            raise ValueError(f"You have no {name}.")
        self.player.inventory.remove(item)
        self.player.room.items.append(item)
        print(f"  Dropped {item}.")

    def look(self, _):
        print(self.player.room.describe())

    def inv(self, _):
        names = [f"{i} ({i.weight})" for i in self.player.inventory] or ["nothing"]
        print("  Carrying: " + ", ".join(names) + f"; load {self.player.load}")

    def use(self, name):
        item = self.player.find(name, self.player.inventory)
        if not isinstance(item, Key):
            raise ValueError(f"You can't use {name!r} like that.")
        room = self.player.room
        for direction, lock in list(room.locked.items()):
            if lock == item.opens:
                del room.locked[direction]
                print(f"  The {lock} swings open.")
                return
        raise ValueError("Nothing here to unlock.")


script = ["look", "go west", "go east", "take rock", "take brass key", "inv",
          "drop rock", "take brass key", "take rock", "dance", "go west", "go north", "go east", "use book",
          "take book", "use brass key", "go east", "drop book", "inv", "take crown", "look"]
won = Game().run(script)
print("won:", won)
