# Uncaught TypeError from sorting instances without __lt__.
class Task:
    def __init__(self, pri):
        self.pri = pri


tasks = [Task(3), Task(1)]
print(len(tasks))
print(sorted(tasks))
