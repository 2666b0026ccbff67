# Array constructors and their dtypes (expectations from python3 + numpy).
import numpy as np

a = np.array([[1, 2, 3], [4, 5, 6]])
print(a)
print(a.shape, a.ndim, a.size, a.dtype)
b = np.array([1, 2.5, True])
print(b, b.dtype)
print(np.array([True, False]).dtype)
print(np.zeros((2, 3)))
print(np.ones(3, dtype=int))
print(np.full((2, 2), 7.5))
print(np.eye(3))
print(np.arange(5), np.arange(1, 10, 3), np.arange(0.0, 1.0, 0.25))
print(np.linspace(0, 1, 5))
print(np.zeros_like(a), np.ones_like(b))
xx, yy = np.meshgrid(np.arange(3), np.arange(2))
print(xx)
print(yy)
print(np.c_[np.array([1, 2]), np.array([3, 4])])
print(np.r_[np.array([1, 2]), 5, np.array([3, 4])])
print(np.array(3.5), np.array(2).ndim)
print(repr(np.array([], dtype=float)), repr(np.zeros((0, 3))))
print(np.empty((2, 0)).shape)
print(a.astype(np.float32).dtype == np.float32, a.astype('int32').sum())
print(a.astype(float) / 2)
print(np.float64(3), np.int64(2.9), float(np.array(2.5)), int(np.array(7)))
print(np.pi, np.e, np.inf, -np.inf, np.nan)
print(np.array([1, 2, 3]).tolist(), a.tolist())

# expect: [[1 2 3]
# expect:  [4 5 6]]
# expect: (2, 3) 2 6 int64
# expect: [1.  2.5 1. ] float64
# expect: bool
# expect: [[0. 0. 0.]
# expect:  [0. 0. 0.]]
# expect: [1 1 1]
# expect: [[7.5 7.5]
# expect:  [7.5 7.5]]
# expect: [[1. 0. 0.]
# expect:  [0. 1. 0.]
# expect:  [0. 0. 1.]]
# expect: [0 1 2 3 4] [1 4 7] [0.   0.25 0.5  0.75]
# expect: [0.   0.25 0.5  0.75 1.  ]
# expect: [[0 0 0]
# expect:  [0 0 0]] [1. 1. 1.]
# expect: [[0 1 2]
# expect:  [0 1 2]]
# expect: [[0 0 0]
# expect:  [1 1 1]]
# expect: [[1 3]
# expect:  [2 4]]
# expect: [1 2 5 3 4]
# expect: 3.5 0
# expect: array([], dtype=float64) array([], shape=(0, 3), dtype=float64)
# expect: (2, 0)
# expect: True 21
# expect: [[0.5 1.  1.5]
# expect:  [2.  2.5 3. ]]
# expect: 3.0 2 2.5 7
# expect: 3.141592653589793 2.718281828459045 inf -inf nan
# expect: [1, 2, 3] [[1, 2, 3], [4, 5, 6]]
