print("start")
print(missing_name)
print("end")
