# numpy's binary ufuncs of two Python numbers: the 0-d result as a Python scalar, with numpy's types and errors
import numpy as np
print(np.power(0.9, 3), np.power(2, 10), np.power(2, 0.5), np.power(True, 2), np.maximum(0, 2.5), np.minimum(3, -1), np.add(1, 2), np.divide(1, 3), np.multiply(2.5, 4), np.subtract(True, 1.5))
print(np.maximum(np.nan, 1), np.greater(2, 1), np.equal(1, 1.0), np.floor_divide(7, -2), np.mod(-7, 3), np.power(0, 0), np.divide(1, 0.0))
print(type(np.power(2, 3)).__name__ in ("int", "int64"))
try:
    np.power(2, -1)
except ValueError as e:
    print("ValueError", e)

# expect: 0.7290000000000001 1024 1.4142135623730951 1 2.5 -1 3 0.3333333333333333 10.0 -0.5
# expect: nan True True -4 2 1 inf
# expect: True
# expect: ValueError Integers to negative integer powers are not allowed.
