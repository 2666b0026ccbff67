import math
print(math.exp(1000))

# expect error: OverflowError: math range error
