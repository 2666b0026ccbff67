# Element-wise arithmetic, broadcasting and dtype promotion.
import numpy as np

a = np.array([1, 2, 3])
b = np.array([[10], [20]])
print(a + b)
print(a * 2, 2 * a, a / 2, a // 2, a % 2, a ** 2, -a)
print(a / a, (a / a).dtype, (a // a).dtype)
print(a + 0.5, 1 - a, 2 ** a)
t = np.array([True, False, True])
print(t + t, t * 3, t.sum(), (t * 1).dtype)
print(a == 2, a != 2, a < 2, a >= 2)
print((a > 1) & (a < 3), (a < 2) | (a > 2), ~(a > 1))
x = np.array([[1.0, 2.0], [3.0, 4.0]])
print(x @ x)
print(x.dot(np.array([1.0, 1.0])))
print(np.dot(np.array([1, 2, 3]), np.array([4, 5, 6])))
print(np.outer(np.array([1, 2]), np.array([3, 4, 5])))
print(np.maximum(x, 2.5), np.minimum(0, np.array([-1, 1])))
print(np.exp(np.array([0.0, 1.0])), np.log(np.array([1.0, np.e])))
print(np.sqrt(np.array([4, 9])), np.square(np.array([3, -2])), np.abs(np.array([-1.5, 2])))
print(np.tanh(np.array([0.0, 0.5])), np.sign(np.array([-3, 0, 2])))
print(np.floor(np.array([1.7, -1.2])), np.round(np.array([0.5, 1.5, 2.675]), 2))
print(np.power(np.array([2.0, 3.0]), 3), np.log1p(np.array([1e-10])))
print(np.where(x > 2, x, -x))
print(np.clip(np.array([-2, 0, 5]), -1, 3))
print(np.isnan(np.array([1.0, np.nan])), np.isinf(np.array([np.inf, 0.0])))
print(np.nan_to_num(np.array([np.nan, np.inf, -np.inf, 1.0])))
x += 1
print(x)
x *= np.array([1.0, 10.0])
print(x)
v = np.arange(4)
v = v / 4
print(v)
print(np.allclose(np.array([1.0, 2.0]), np.array([1.0, 2.0 + 1e-9])), np.array_equal(a, np.array([1, 2, 3])))
print(np.isclose(np.array([1.0, 1.1]), 1.0))
print(np.sin(0.0), np.cos(np.pi), np.exp(1))

# expect: [[11 12 13]
# expect:  [21 22 23]]
# expect: [2 4 6] [2 4 6] [0.5 1.  1.5] [0 1 1] [1 0 1] [1 4 9] [-1 -2 -3]
# expect: [1. 1. 1.] float64 int64
# expect: [1.5 2.5 3.5] [ 0 -1 -2] [2 4 8]
# expect: [ True False  True] [3 0 3] 2 int64
# expect: [False  True False] [ True False  True] [ True False False] [False  True  True]
# expect: [False  True False] [ True False  True] [ True False False]
# expect: [[ 7. 10.]
# expect:  [15. 22.]]
# expect: [3. 7.]
# expect: 32
# expect: [[ 3  4  5]
# expect:  [ 6  8 10]]
# expect: [[2.5 2.5]
# expect:  [3.  4. ]] [-1  0]
# expect: [1.         2.71828183] [0. 1.]
# expect: [2. 3.] [9 4] [1.5 2. ]
# expect: [0.         0.46211716] [-1  0  1]
# expect: [ 1. -2.] [0.5  1.5  2.68]
# expect: [ 8. 27.] [1.e-10]
# expect: [[-1. -2.]
# expect:  [ 3.  4.]]
# expect: [-1  0  3]
# expect: [False  True] [ True False]
# expect: [ 0.00000000e+000  1.79769313e+308 -1.79769313e+308  1.00000000e+000]
# expect: [[2. 3.]
# expect:  [4. 5.]]
# expect: [[ 2. 30.]
# expect:  [ 4. 50.]]
# expect: [0.   0.25 0.5  0.75]
# expect: True True
# expect: [ True False]
# expect: 0.0 -1.0 2.718281828459045
