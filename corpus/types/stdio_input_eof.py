# input() with stdin at end of file: the prompt is written, then EOFError.
import sys
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
try:
    input(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
