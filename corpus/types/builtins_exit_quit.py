# exit and quit: site.Quitter objects.
print(repr(exit))
print(repr(quit))
print(str(exit), type(exit).__name__, type(quit).__name__, type(exit).__module__)
print(callable(exit), callable(quit))
try:
    exit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    quit(5)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
import sys
print(sys.stdin.closed)
try:
    exit("bye")
except SystemExit as e:
    print("SystemExit", repr(e.code))
exit(4)
