# An axis past the array's dimensions raises numpy's AxisError, which is also a ValueError.
import numpy as np

a = np.ones((2, 3))
try:
    a.sum(axis=2)
except ValueError as e:
    print("caught:", e)
print(np.linalg.inv(np.array([[1.0, 2.0], [3.0, 4.0]])).round(3))
try:
    np.linalg.inv(np.zeros((2, 2)))
except np.linalg.LinAlgError as e:
    print("singular:", e)
np.max(a, axis=-3)

# expect: caught: axis 2 is out of bounds for array of dimension 2
# expect: [[-2.   1. ]
# expect:  [ 1.5 -0.5]]
# expect: singular: Singular matrix
# expect error: numpy.exceptions.AxisError: axis -3 is out of bounds for array of dimension 2
