# Slices and arithmetic of large ranges stay exact.
import sys
r = range(-2**65, 2**65, 3**20)
print(r[10:20], r[::-1][:3], r[-5:], r[5:-5:7])
s = range(sys.maxsize - 10, sys.maxsize + 10, 3)
print(list(s), s[::-1], len(s), s[2:4], list(reversed(s)))
print(range(2**63, 2**63 + 10)[3], range(0, -2**64, -2**62)[1:], range(10**30)[10**29:10**29 + 3])
print(range(2**64) == range(0, 2**64, 1), range(2**64, 0) == range(0), hash(range(2**70, 2**71, 2**69)) == hash(range(2**70, 2**71, 2**69)))
print(range(2**64).index(2**63), range(0, 2**64, 2).count(2**63), (2**64 - 1) in range(2**64), 5.0 in range(2**64))
