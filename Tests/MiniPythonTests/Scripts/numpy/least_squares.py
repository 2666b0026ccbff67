# np.linalg.lstsq returns (x, residuals, rank, s); np.linalg.pinv is the SVD pseudo-inverse.
import numpy as np

a = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]])
b = np.array([1.0, 2.0, 4.0])
x, residuals, rank, s = np.linalg.lstsq(a, b, rcond=None)
print(x, residuals, rank, s)
print(np.allclose(a.T @ (a @ x - b), 0))
x, residuals, rank, s = np.linalg.lstsq(a, np.c_[b, 3 * b + 1])
print(x)
print(residuals, residuals.shape, rank)
x, residuals, rank, s = np.linalg.lstsq(np.array([[1, 2], [3, 4], [5, 6]]), np.array([1, 2, 4]))
print(x, residuals, rank, s, x.dtype)
x, residuals, rank, s = np.linalg.lstsq(np.array([[1.0, 2.0, 3.0], [3.0, 4.0, 5.0]]), np.array([1.0, 2.0]))
print(x, residuals, residuals.shape, rank)
x, residuals, rank, s = np.linalg.lstsq(np.array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]]), np.array([1.0, 2.0, 2.0]))
print(x, residuals, rank)
x, residuals, rank, s = np.linalg.lstsq(np.array([[1.0, 1.0], [1.0, 1.0001]]), np.array([2.0, 2.0001]), rcond=1e-3)
print(x, rank)
# A line through points, as the course fits one: y = m x + c.
xs = np.array([0.0, 1.0, 2.0, 3.0])
ys = np.array([-1.0, 0.2, 0.9, 2.1])
A = np.vstack([xs, np.ones(len(xs))]).T
m, c = np.linalg.lstsq(A, ys, rcond=None)[0]
print(round(m, 10), round(c, 10))

print(np.linalg.pinv(np.array([[1, 2], [3, 4], [5, 6]])))
print(np.linalg.pinv(np.array([[1.0, 2.0], [2.0, 4.0]])))
print(np.linalg.pinv(np.array([[2.0, 0.0], [0.0, 1e-16]])), np.linalg.pinv(np.array([[2.0, 0.0], [0.0, 1e-16]]), rtol=None))
print(np.linalg.pinv(np.array([[4.0, 1.0, 0.5], [1.0, 3.0, 0.25]])))
m = np.array([[4.0, 7.0], [2.0, 6.0]])
print(np.allclose(np.linalg.pinv(m), np.linalg.inv(m)))

for bad in [lambda: np.linalg.lstsq(np.ones(3), np.ones(3)), lambda: np.linalg.lstsq(np.ones((3, 2)), np.ones(4)),
            lambda: np.linalg.lstsq(np.ones((3, 2)), np.ones((3, 2, 1))), lambda: np.linalg.pinv(np.ones(3)),
            lambda: np.linalg.pinv(np.eye(2), 1e-3, rtol=1e-3)]:
    try:
        bad()
    except (np.linalg.LinAlgError, ValueError) as e:
        print(type(e).__name__ + ":", e)
np.linalg.lstsq(np.ones((4, 2)), np.ones(3))

# expect: [0.07142857 0.5       ] [0.07142857] 2 [10.19142826  0.36713769]
# expect: True
# expect: [[ 0.07142857 -0.92857143]
# expect:  [ 0.5         2.5       ]]
# expect: [0.07142857 0.07142857] (2,) 2
# expect: [0.66666667 0.08333333] [0.16666667] 2 [9.52551809 0.51430058] float64
# expect: [0.16666667 0.16666667 0.16666667] [] (0,) 2
# expect: [0.15714286 0.31428571] [] 1
# expect: [0.999975 1.000025] 1
# expect: 1.0 -0.95
# expect: [[-1.33333333 -0.33333333  0.66666667]
# expect:  [ 1.08333333  0.33333333 -0.41666667]]
# expect: [[0.04 0.08]
# expect:  [0.08 0.16]]
# expect: [[0.5 0. ]
# expect:  [0.  0. ]] [[0.5 0. ]
# expect:  [0.  0. ]]
# expect: [[ 0.2697201  -0.09160305]
# expect:  [-0.09211196  0.36335878]
# expect:  [ 0.0264631   0.00610687]]
# expect: True
# expect: LinAlgError: 1-dimensional array given. Array must be two-dimensional
# expect: LinAlgError: Incompatible dimensions
# expect: LinAlgError: 3-dimensional array given. Array must be two-dimensional
# expect: LinAlgError: 1-dimensional array given. Array must be at least two-dimensional
# expect: ValueError: `rtol` and `rcond` can't be both set.
# expect error: numpy.linalg.LinAlgError: Incompatible dimensions
