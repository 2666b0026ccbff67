# Element-wise fast paths must give numpy's values exactly: x**2 is x*x (libm's pow(x, 2) is
# sometimes one unit in the last place off), x**0.5 is sqrt, x**-1 is 1/x; in-place operators
# write straight into contiguous arrays, and overlapping views still read the old values.
import numpy as np

x = np.array([-18.44701163628046, -3.5, 0.0, 2.5, 1e-3])
print(float((x ** 2)[0]), (x ** 2)[0] == x[0] * x[0], np.power(x, 2)[0] == x[0] * x[0])
print(np.abs(x) ** 0.5, x ** 1, x ** 0)
print(np.array([2.0, -4.0, 0.5]) ** -1, np.arange(4) ** 2, np.power(2.0, np.arange(3)))
print(np.array([[1.0, 2.0]]) ** np.array([[2.0], [0.5]]))

a = np.arange(6.0).reshape(2, 3)
a += np.ones((2, 3))
a *= np.array(2.0)
a[0] -= np.array([1.0, 1.0, 1.0])
print(a)
b = np.arange(5)
b[1:] += b[:-1]
print(b)
c = np.arange(4)
c += np.array([True, False, True, False])
print(c, c.dtype)
d = np.zeros((2, 2))
d[:, 0] += np.array([1.0, 2.0])
print(d)
try:
    c += np.array([0.5, 0.5, 0.5, 0.5])
except TypeError as error:
    print("TypeError:", error)
try:
    d += np.ones((3, 2))
except ValueError as error:
    print("ValueError:", error)

# expect: 340.2922383090667 True True
# expect: [4.29499844 1.87082869 0.         1.58113883 0.03162278] [-1.84470116e+01 -3.50000000e+00  0.00000000e+00  2.50000000e+00
# expect:   1.00000000e-03] [1. 1. 1. 1. 1.]
# expect: [ 0.5  -0.25  2.  ] [0 1 4 9] [1. 2. 4.]
# expect: [[1.         4.        ]
# expect:  [1.         1.41421356]]
# expect: [[ 1.  3.  5.]
# expect:  [ 8. 10. 12.]]
# expect: [0 1 3 5 7]
# expect: [1 1 3 3] int64
# expect: [[1. 0.]
# expect:  [2. 0.]]
# expect: TypeError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'
# expect: ValueError: operands could not be broadcast together with shapes (2,2) (3,2) (2,2) 
