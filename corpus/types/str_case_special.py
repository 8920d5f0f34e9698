# Full Unicode case mappings, including SpecialCasing.txt expansions.
samples = ['ß', 'straße', 'ŉ', 'ﬁ', 'ﬃ', 'İ', 'İstanbul', 'ΣΑΣ', 'ΌΣΟΣ', 'Σ', 'aΣ', 'aΣb', 'aΣ.', 'ǅ', 'ǆ', 'Ǆ',
           'ᾳ', 'ῼ', 'ΐ', 'ǰ', 'Hello World', 'ﬀoo', 'ß ß', 'ﬅ', 'ɐ', 'ꭰ', 'Ꭰ', 'ᏸ', 'ᲀ']
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()),
          repr(s.swapcase()), repr(s.casefold()))
print('ΑΣ ΑΣ.'.lower())
print('ΑΣ1'.lower(), 'Σ'.lower(), 'ΑΣΑ'.lower(), 'Α.Σ'.lower())
print('hello wORLD'.title(), "they're bill's".title(), 'ǉubljana'.title())
print('ß'.upper() == 'SS', 'ß'.casefold(), 'ẞ'.lower(), 'ẞ'.casefold())
print(len('İ'.lower()), [hex(ord(c)) for c in 'İ'.lower()])
