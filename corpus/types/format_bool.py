# bool formats as an int with a spec, as its name without one.
for b in [True, False]:
    print(repr(format(b, "")), repr(format(b, "d")), repr(format(b, "5")), repr(format(b, "x")),
          repr(format(b, "#b")), repr(format(b, ".2f")), repr(format(b, "e")), repr(format(b, "%")), repr(format(b, "n")))
print(f"{True}", f"{True!r}", f"{False:>6}", f"{True:<3}|", f"{True:s}" if False else "skip")
for spec in ["s", "6s", "q"]:
    try:
        print(format(True, spec))
    except ValueError as e:
        print("ValueError", e)
print("{0} {0:d} {0:03}".format(True))
print("%s %d %r %x" % (True, True, False, True))
