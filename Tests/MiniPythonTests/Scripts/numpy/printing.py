# Arrays print as numpy prints them: precision 8, suppression, scientific, wrapping, summaries.
import numpy as np

print(np.array([0.1, 0.25, 1.0 / 3.0]))
print(np.array([1e-5, 1.0]))
print(np.array([1e9, 2.0]))
print(np.array([[1.5, -2.0], [1000.0, 3.25]]))
print(np.array([-0.0, 0.0]))
print(np.array([np.nan, np.inf, 1.0]))
print(np.arange(30) / 7)
print(np.arange(2000))
print(np.arange(2000.0).reshape(40, 50))
print(np.array([True, False]))
print(repr(np.array([True, False])))
print(repr(np.arange(30) / 7))
print(repr(np.array([[1, 2], [3, 4]])))
print(np.arange(24).reshape(2, 3, 4))
np.set_printoptions(precision=3)
print(np.array([1.0 / 3.0, 2.0 / 3.0]))
np.set_printoptions(suppress=True)
print(np.array([1e-10, 1.0]))
np.set_printoptions(precision=8, suppress=False)
x = np.array([1.5, 2.5])
print(x.sum(), x[0], x.mean(), np.float64(2.0))
print(str(np.array(2.5)), repr(np.array(2.5)))
print(f"{np.sum(x):.3f}", "%.2f" % x[1])

# expect: [0.1        0.25       0.33333333]
# expect: [1.e-05 1.e+00]
# expect: [1.e+09 2.e+00]
# expect: [[   1.5    -2.  ]
# expect:  [1000.      3.25]]
# expect: [-0.  0.]
# expect: [nan inf  1.]
# expect: [0.         0.14285714 0.28571429 0.42857143 0.57142857 0.71428571
# expect:  0.85714286 1.         1.14285714 1.28571429 1.42857143 1.57142857
# expect:  1.71428571 1.85714286 2.         2.14285714 2.28571429 2.42857143
# expect:  2.57142857 2.71428571 2.85714286 3.         3.14285714 3.28571429
# expect:  3.42857143 3.57142857 3.71428571 3.85714286 4.         4.14285714]
# expect: [   0    1    2 ... 1997 1998 1999]
# expect: [[0.000e+00 1.000e+00 2.000e+00 ... 4.700e+01 4.800e+01 4.900e+01]
# expect:  [5.000e+01 5.100e+01 5.200e+01 ... 9.700e+01 9.800e+01 9.900e+01]
# expect:  [1.000e+02 1.010e+02 1.020e+02 ... 1.470e+02 1.480e+02 1.490e+02]
# expect:  ...
# expect:  [1.850e+03 1.851e+03 1.852e+03 ... 1.897e+03 1.898e+03 1.899e+03]
# expect:  [1.900e+03 1.901e+03 1.902e+03 ... 1.947e+03 1.948e+03 1.949e+03]
# expect:  [1.950e+03 1.951e+03 1.952e+03 ... 1.997e+03 1.998e+03 1.999e+03]]
# expect: [ True False]
# expect: array([ True, False])
# expect: array([0.        , 0.14285714, 0.28571429, 0.42857143, 0.57142857,
# expect:        0.71428571, 0.85714286, 1.        , 1.14285714, 1.28571429,
# expect:        1.42857143, 1.57142857, 1.71428571, 1.85714286, 2.        ,
# expect:        2.14285714, 2.28571429, 2.42857143, 2.57142857, 2.71428571,
# expect:        2.85714286, 3.        , 3.14285714, 3.28571429, 3.42857143,
# expect:        3.57142857, 3.71428571, 3.85714286, 4.        , 4.14285714])
# expect: array([[1, 2],
# expect:        [3, 4]])
# expect: [[[ 0  1  2  3]
# expect:   [ 4  5  6  7]
# expect:   [ 8  9 10 11]]
# expect:
# expect:  [[12 13 14 15]
# expect:   [16 17 18 19]
# expect:   [20 21 22 23]]]
# expect: [0.333 0.667]
# expect: [0. 1.]
# expect: 4.0 1.5 2.0 2.0
# expect: 2.5 array(2.5)
# expect: 4.000 2.50
