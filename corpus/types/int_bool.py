# bool is an int: arithmetic, methods and dir.
print(True + True, True * 3, -True, ~True, True / 2, True // 2, True ** 10, True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + 0).__name__, abs(True), abs(False), +True, int(True), float(True))
print(True.bit_length(), False.bit_count(), True.as_integer_ratio(), True.real, True.imag, True.conjugate())
print(hash(True), hash(False), True == 1, False == 0.0, True == 1 + 0j, {True: "a", 1: "b"})
print(round(True), round(True, 2), divmod(True, True), pow(True, 5, 3), complex(True), isinstance(True, int))
print(repr(True), str(False), format(True, "d"), True.__index__(), True.__round__(), True.__getnewargs__())
