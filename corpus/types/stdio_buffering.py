# Output ordering between stdout and an uncaught exception: stdout is flushed first.
import sys
for i in range(1000):
    print(i, end=" ")
print()
sys.stdout.write("no newline yet")
sys.stderr.write("")
raise RuntimeError("after output")
