# sys.getrecursionlimit / setrecursionlimit and the depth they allow.
import sys

original = sys.getrecursionlimit()
print("default limit:", original)


def depth_reached(n=0):
    try:
        return depth_reached(n + 1)
    except RecursionError:
        return n


def measure(limit):
    sys.setrecursionlimit(limit)
    try:
        return depth_reached()
    finally:
        sys.setrecursionlimit(original)


# Measured depths grow one for one with the limit.
results = {}
for limit in [60, 100, 160, 400]:
    results[limit] = measure(limit)
offsets = [limit - depth for limit, depth in results.items()]
print("each depth is a little below its limit:", all(0 < off < 10 for off in offsets))
print("the gap is the same for every limit:", len(set(offsets)) == 1)
print("depth grows with the limit:", results[400] - results[60] == 340)
print("restored:", sys.getrecursionlimit() == original)

# Invalid limits.
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError:", e)


# Setting the limit below the current depth is refused.
def deep_then_set(n):
    if n > 0:
        return deep_then_set(n - 1)
    try:
        sys.setrecursionlimit(10)
    except RecursionError as e:
        return "refused: " + str(e).split(" at ")[0]
    return "accepted"


print(deep_then_set(30))
print("limit still", sys.getrecursionlimit())

# A recursive algorithm that needs a higher limit.
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


try:
    count_down(1500)
except RecursionError:
    print("1500 levels fail at the default limit")
sys.setrecursionlimit(3000)
print("with a higher limit:", count_down(1500))
sys.setrecursionlimit(original)
print("back to", sys.getrecursionlimit())
