import counter
import worker
from counter import bump, state

print(bump("main"))
print(worker.work(2))
print(bump("main again"))
print(worker.work(1))
print(state)
print(counter.state["count"], counter.LIMIT)
print(worker.counter.state == state)
