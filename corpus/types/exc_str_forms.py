# str() and repr() of exceptions with 0, 1 and more arguments.
for e in [KeyError(), KeyError("k"), KeyError(""), KeyError(1, 2), ValueError(), ValueError("v"),
          ValueError(1, 2), IndexError([1]), OSError(13, "denied", "f.txt"), OSError(13, "denied"),
          ImportError("cannot import"), SystemExit(3)]:
    print(type(e).__name__, repr(str(e)), repr(e))
