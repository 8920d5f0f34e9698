def f(x):
    def g():
        global x
        x = 1
    global x
