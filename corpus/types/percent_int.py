# printf-style integer conversions: d i u o x X with flags, width and precision.
values = [0, 7, -7, 255, -255, 123456, 2**70, -(2**65)]
for v in values:
    print("%d|%i|%u|%o|%x|%X" % (v, v, v, v, v, v))
    print("%5d|%-5d|%05d|%+d|% d|%+05d|%-+6d|" % (v, v, v, v, v, v, v))
    print("%#o|%#x|%#X|%#8x|%#08x|%-#8o|%.3d|%8.3x|%-8.4X|" % (v, v, v, v, v, v, v, v, v))
print("%.0d|%.0x|%5.0d|" % (0, 0, 0))
print("%d %d" % (True, False), "%x" % True, "%5.2d" % 3)
print("%ld %hd %Li" % (1, 2, 3))
print("%d" % 3.99, "%d" % -3.99, "%i" % 1e20, "%u" % -2.5)
