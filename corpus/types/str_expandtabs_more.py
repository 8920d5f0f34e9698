# expandtabs column tracking across lines.
lines = 'name\tage\tcity\nbob\t7\tparis\r\nalexander\t42\tx\t\t!'
for size in [8, 4, 1, 0, 2]:
    print(repr(lines.expandtabs(size)))
print(repr('\t\t'.expandtabs(3)), repr('ab\tcd'.expandtabs(tabsize=5)), repr(''.expandtabs()))
