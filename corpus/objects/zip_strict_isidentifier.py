# zip(strict=True) and str.isidentifier(), as generators and exec-generated code use them.
for args in [([1,2],[3,4]), ([1,2],[3]), ([1],[3,4]), ([1,2],[3,4],[5]), ([1,2],[3,4],[5,6,7])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
try:
    zip([1], foo=1)
except TypeError as e:
    print(e)
print("abc".isidentifier(), "1a".isidentifier(), "_x".isidentifier(), "é".isidentifier(), "".isidentifier(), "a-b".isidentifier(), "℘x".isidentifier())
