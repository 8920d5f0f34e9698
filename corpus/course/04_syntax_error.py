print("Before")
if True
    print("Inside")
print("After")
