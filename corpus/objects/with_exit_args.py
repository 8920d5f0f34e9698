# __exit__ receives the exception type, value and traceback.
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("type:", et.__name__ if et else et)
        print("value:", repr(ev))
        print("tb is None:", tb is None)
        if ev is not None:
            print("tb matches:", tb is ev.__traceback__)
        return True


with Inspect():
    pass
with Inspect():
    raise ValueError("v")
with Inspect():
    int("q")


class MyErr(Exception):
    pass


with Inspect():
    raise MyErr


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")


try:
    with ExitRaises():
        raise KeyError("body error")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
try:
    with ExitRaises():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", e.__context__)
