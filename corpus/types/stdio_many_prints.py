# Many prints: output is block-buffered and complete, in order.
import sys
total = 0
for i in range(20000):
    print(i, i * i)
    total += i
sys.stdout.write("total %d\n" % total)
print("done", file=sys.stdout, flush=True)
