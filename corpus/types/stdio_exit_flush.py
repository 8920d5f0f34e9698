# Buffered output written without newline is flushed at exit, also after sys.exit.
import sys
sys.stdout.write("partial")
print(" line", end="")
sys.exit(3)
