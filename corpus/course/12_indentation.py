logged_in = True
if logged_in:
    print("Welcome back!")
    print("You have new messages.")
print("Goodbye")
