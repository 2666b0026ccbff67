# numpy scalars as the course meets them, and np.append.
import numpy as np

dZ = np.array([[0.5, -1.25, 2.0, 0.75]])
m = dZ.shape[1]
db = 1 / m * np.sum(dZ)
assert(db.dtype == float)
print(db, db.dtype, db.shape, db.ndim, db.size, db.dtype == np.float64)
cost = -np.sum(np.log(np.array([0.5, 0.25])))
print(isinstance(cost, float), cost.shape == ())
cost = np.squeeze(cost)
assert(cost.shape == ())
print(cost, float(cost) * 2)
n = np.sum(np.array([1, 2, 3]))
print(n, n.dtype, n.item(), type(n.item()).__name__, n.shape)
b = np.array([1.0, 2.5])[1]
print(b.shape, b.dtype, b.astype(int), b.reshape(1, 1), b.item())
flag = np.array([True, False])[0]
print(flag.dtype, flag.shape)

print(np.append([1, 2], [[3.5], [4]]))
print(np.append(np.zeros((2, 2)), np.ones((1, 2)), axis=0))
print(np.append(np.arange(4).reshape(2, 2), [[7], [8]], axis=1))
print(np.append(np.cos(np.linspace(0, 1, 3)), 1 - np.sin(np.linspace(0, 1, 2))))
print(np.append(np.array(5), 3), np.append([True], [False]).dtype)
try:
    np.append(np.zeros((2, 2)), [1, 2], axis=0)
except ValueError as error:
    print("ValueError:", error)

# expect: 0.5 float64 () 0 1 True
# expect: True True
# expect: 2.0794415416798357 4.1588830833596715
# expect: 6 int64 6 int ()
# expect: () float64 2 [[2.5]] 2.5
# expect: bool ()
# expect: [1.  2.  3.5 4. ]
# expect: [[0. 0.]
# expect:  [0. 0.]
# expect:  [1. 1.]]
# expect: [[0 1 7]
# expect:  [2 3 8]]
# expect: [1.         0.87758256 0.54030231 1.         0.15852902]
# expect: [5 3] bool
# expect: ValueError: all the input arrays must have same number of dimensions, but the array at index 0 has 2 dimension(s) and the array at index 1 has 1 dimension(s)
