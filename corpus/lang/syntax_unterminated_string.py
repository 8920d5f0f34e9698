print("ok")
message = "hello
print(message)
