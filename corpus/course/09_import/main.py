import helper

print(helper.double(5))

import helper
from helper import double

print(double(21))
print("done")
