# An error raised inside an imported module's function.
from stats import mean
import stats

print(mean([1, 2, 3]))
print(stats.spread([4, 9, 1]))
print(mean([]))
print("not reached")
