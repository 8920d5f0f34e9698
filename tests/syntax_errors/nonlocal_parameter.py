def f(a):
    def g():
        pass
    nonlocal a
