# __import__ through the import system.
m = __import__("sys")
print(m.__name__, m is __import__("sys"))
for args, kw in [((), {}), ((5,), {}), (("",), {}), (("sys",), {"level": -1}), (("x",), {"level": 1}),
                 (("no_such_module_xyz",), {})]:
    try:
        __import__(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
print(__import__("sys", None, None, ["path"], 0).__name__)
print(__import__("sys", globals(), locals(), fromlist=(), level=0).__name__)
