# Processing binary data: building records with bytes/bytearray, splitting,
# searching, translating, hex round trips, int conversions and decoding.
def run(n):
    table = bytes.maketrans(b"abcdef", b"ABCDEF")
    total = 0
    buf = bytearray()
    for i in range(n):
        rec = b"id=" + str(i).encode() + b";name=item" + str(i % 97).encode() + b";flags=" + hex(i & 255).encode() + b"\n"
        buf += rec
        if len(buf) > 4096:
            data = bytes(buf)
            for line in data.split(b"\n"):
                if not line:
                    continue
                fields = line.split(b";")
                key, _, value = fields[0].partition(b"=")
                total += int(value) + len(fields[1]) + line.count(b"e")
                total += line.find(b"flags") + line.translate(table).startswith(b"id")
            total += len(data.hex()) + len(bytes.fromhex(data[:64].hex()))
            total += len(data.decode("ascii").upper())
            total += int.from_bytes(data[:8], "little") % 1000
            buf.clear()
    return total


print("bytes_process(150000) =", run(150000))
