# Building and taking apart strings with their methods: join, split, replace,
# strip, case changes, find and startswith over many short lines.
def run(n):
    total = 0
    parts = []
    for i in range(n):
        line = "  Item-%d: value=%d; tag=%s  " % (i, i * 3, "abc"[i % 3])
        fields = line.strip().split(";")
        key, _, rest = fields[0].partition(":")
        key = key.lower().replace("item-", "item_")
        if key.startswith("item_") and rest.find("=") > 0:
            parts.append(key.upper() + "=" + rest.strip().split("=")[1])
        if len(parts) >= 100:
            joined = ",".join(parts)
            total += len(joined) + joined.count("ITEM") + len(joined.title())
            parts = []
    return total


print("str_methods(200000) =", run(200000))
