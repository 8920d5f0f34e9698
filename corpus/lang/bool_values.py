# Booleans are integers 0 and 1 that print as True/False.
print(True, False)
print(True + True)
print(True * 10)
print(False - 1)
print(True / 2)
print(-True)
print(~True)
print(True == 1)
print(False == 0)
print(True > False)
print(int(True), int(False))
print(float(True))
print(str(True) + "!")
print(repr(False))
print(type(True))
print(type(1 < 2))
print(not True)
print(not False)
print(not 0)
print(not 1)
print(not "")
print(not "a")
print(not None)
print(not [])
print(not [0])
print(not {})
print(not ())
print(not 0.0)
print(not -0.0)
print(not 0.1)
print(1 < 2, 2 < 1)
print(5 == 5.0, 5 != 5)
print([True, False, 1 == 1])
print((True,))
print({True: "yes", False: "no"})
count = 0
for v in [0, 1, "", "x", None, [], [1], 0.0, 2.5, (), (0,), {}]:
    if v:
        print(repr(v), "is truthy")
        count = count + 1
    else:
        print(repr(v), "is falsy")
print("truthy count", count)
flag = False
i = 0
while not flag:
    i = i + 1
    flag = i * i > 50
print(i, flag)
print(abs(True), abs(-True))
