# CPython 3.11's int/str conversion limit and sys.set_int_max_str_digits.
import sys
print(sys.get_int_max_str_digits())
for src in ["int('9' * 5000)", "str(10 ** 5000)", "repr(-10 ** 4400)", "int('1' * 4300) > 0", "len(str(10 ** 4299))",
            "int('0' * 5000, 8)", "int('f' * 5000, 16) > 0", "len(hex(10 ** 5000))"]:
    try:
        print(src, eval(src))
    except ValueError as e:
        print(src, e)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4500)), sys.get_int_max_str_digits())
for bad in [100, -1, 639]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 9000)), len(str(int("7" * 9000))))
sys.set_int_max_str_digits(640)
try:
    print(int("1" * 641))
except ValueError as e:
    print(e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print(e)
