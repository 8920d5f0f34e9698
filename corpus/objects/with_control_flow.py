# return, break and continue inside with still run __exit__.
class Tracer:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print("enter", self.tag)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.tag, et)
        return False


def early_return():
    with Tracer("ret"):
        return "returned value"
    print("not reached")


print(early_return())
for i in range(5):
    with Tracer(f"loop{i}"):
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
print("loop over")


def nested_return():
    with Tracer("outer"):
        with Tracer("inner"):
            for j in range(10):
                if j == 2:
                    return j
    return -1


print(nested_return())


def return_in_try():
    with Tracer("t"):
        try:
            return "from try"
        finally:
            print("finally inside with")


print(return_in_try())
n = 0
while True:
    with Tracer("while"):
        n += 1
        if n == 2:
            break
print("n =", n)
