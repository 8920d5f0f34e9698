# UnboundLocalError: a variable assigned only in one branch.
def describe(n):
    if n > 0:
        label = "positive"
    return label


print(describe(5))
print(describe(-5))
