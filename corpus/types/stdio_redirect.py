# print() and input() follow sys.stdout/sys.stdin when they are replaced.
import sys
class Out:
    def __init__(self):
        self.text = ""
    def write(self, s):
        self.text += s
        return len(s)
    def flush(self):
        pass
class In:
    def readline(self):
        return "typed line\n"
saved = sys.stdout
sys.stdout = Out()
print("captured", 42)
captured = sys.stdout.text
sys.stdout = saved
print(repr(captured))
sys.stdin = In()
out = Out()
sys.stdout = out
line = input("? ")
sys.stdout = saved
print(repr(line), repr(out.text))
sys.stdout = None
print("dropped")
sys.stdout = saved
print("back")
