# The names in the builtins namespace (bytes, bytearray, memoryview, complex are other parts of issue 9).
b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
later = {"bytes", "bytearray", "memoryview", "complex"}
names = sorted(set(b) - later)
print(len(names))
for i in range(0, len(names), 8):
    print(" ".join(names[i:i + 8]))
