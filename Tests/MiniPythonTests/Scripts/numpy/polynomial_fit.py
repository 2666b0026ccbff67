# np.polyfit (least squares, highest power first), np.polyval and np.vander, with numpy's errors.
import numpy as np

x = np.linspace(0, 2, 11)
y = 3 * x ** 2 - 2 * x + 0.5 + 0.1 * np.sin(7 * x)
p = np.polyfit(x, y, 2)
print(p, p.shape, p.dtype)
print(np.polyfit(x, y, 1))
print(np.polyfit(x, y, 3))
print(np.polyfit([0, 1, 2, 3], [1, 3, 2, 5], 1))
print(np.polyfit(x, np.c_[y, 2 * y + 1], 2))
print(np.polyfit(x, y, 2, w=np.linspace(1, 2, 11)))
coefficients, residuals, rank, singular, rcond = np.polyfit(x, y, 1, full=True)
print(coefficients, residuals, rank, singular, rcond)
c, covariance = np.polyfit(x, y, 1, cov=True)
print(c, covariance)
print(np.polyfit(x, y, 1.9))

print(np.polyval([3, 0, 1], 5), np.polyval([1.5, -2], 2), np.polyval([2, 1], [0, 1, 2]))
print(np.polyval(np.array([1.0, -3.0, 2.0]), np.array([[0.5, 1.0], [2.0, 3.0]])))
print(np.polyval([], 3), np.polyval([[1, 2], [3, 4]], 2))
print(np.round(np.polyval(p, np.array([0.0, 1.0, 2.0])), 6))

print(np.vander([1, 2, 3]))
print(np.vander(np.array([1.5, -2.0]), 4))
print(np.vander([2, 3], 3, increasing=True), np.vander([True, False]).dtype)
print(np.vander([1, 2], 0).shape)

for bad in [lambda: np.polyfit([1, 2, 3], [1, 2], 1), lambda: np.polyfit(x, y, -1),
            lambda: np.polyfit([[1, 2]], [1, 2], 1), lambda: np.polyfit([], [], 1),
            lambda: np.polyfit([1, 2], np.ones((2, 2, 2)), 1), lambda: np.vander([[1, 2]]),
            lambda: np.polyfit(x, y, 'two')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
np.polyfit(x, y[:5], 2)

# expect: [ 3.05963348 -2.12063381  0.54630835] (3,) float64
# expect: [ 3.99863314 -1.28947174]
# expect: [ 0.07750944  2.82710514 -1.9432922   0.52398563]
# expect: [1.1 1.1]
# expect: [[ 3.05963348  6.11926696]
# expect:  [-2.12063381 -4.24126763]
# expect:  [ 0.54630835  2.0926167 ]]
# expect: [ 3.07676918 -2.15780841  0.5600067 ]
# expect: [ 3.99863314 -1.28947174] [12.90024727] 2 [1.35836455 0.39350444] 2.4424906541753444e-15
# expect: [ 3.99863314 -1.28947174] [[ 0.32576382 -0.32576382]
# expect:  [-0.32576382  0.45606935]]
# expect: [ 3.99863314 -1.28947174]
# expect: 76 1.0 [1 3 5]
# expect: [[0.75 0.  ]
# expect:  [0.   2.  ]]
# expect: 0 [5 8]
# expect: [0.546308 1.485308 8.543575]
# expect: [[1 1 1]
# expect:  [4 2 1]
# expect:  [9 3 1]]
# expect: [[ 3.375  2.25   1.5    1.   ]
# expect:  [-8.     4.    -2.     1.   ]]
# expect: [[1 2 4]
# expect:  [1 3 9]] int64
# expect: (2, 0)
# expect: TypeError: expected x and y to have same length
# expect: ValueError: expected deg >= 0
# expect: TypeError: expected 1D vector for x
# expect: TypeError: expected non-empty vector for x
# expect: TypeError: expected 1D or 2D array for y
# expect: ValueError: x must be a one-dimensional array or sequence.
# expect: ValueError: invalid literal for int() with base 10: 'two'
# expect error: TypeError: expected x and y to have same length
