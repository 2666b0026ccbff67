import math
math.sqr(2)

# expect error: AttributeError: module 'math' has no attribute 'sqr'. Did you mean: 'sqrt'?
