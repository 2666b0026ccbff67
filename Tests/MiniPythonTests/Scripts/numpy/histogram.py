# np.histogram: counts and edges as numpy computes them, with bins as a count or as edges.
import numpy as np


def attempt(f):
    try:
        print(f())
    except ValueError as e:
        print("ValueError:", e)


counts, edges = np.histogram([1, 2, 1])
print(counts, edges, counts.dtype, edges.dtype)
print(np.histogram(np.arange(5), bins=3))
print(np.histogram([[1, 2, 1], [1, 0, 1]], bins=[0, 1, 2, 3]))
print(np.histogram(np.arange(4), bins=np.arange(5), density=True))
print(np.histogram(np.arange(5), density=True)[0])
print(np.histogram([0.0, 0.1, 0.2, 0.3, 0.7, 1.0], bins=5, range=(0, 1)))
print(np.histogram([1.0, 2.0, 2.0, 5.0], bins=[0, 2, 2, 5]))
print(np.histogram([0.5, 1.5, 2.5], bins=2, weights=[2.0, 1.0, 0.5]))
print(np.histogram([3.0, 3.0], bins=2), np.histogram([], bins=2))
np.random.seed(0)
x = np.random.randn(10000)
counts, edges = np.histogram(x, bins=20)
print(counts, counts.sum())
print(edges)
hsv = np.random.rand(32, 32)
hist, bin_edges = np.histogram(hsv, bins=10, range=(0, 1), density=True)
print(np.round(hist, 6), bin_edges)
attempt(lambda: np.histogram([1.0, np.nan]))
attempt(lambda: np.histogram([1, 2], bins=[3, 1]))
attempt(lambda: np.histogram([1, 2], bins=0))
attempt(lambda: np.histogram([1, 2], range=(2, 1)))
np.histogram([1, 2], weights=[1, 2, 3])

# expect: [2 0 0 0 0 0 0 0 0 1] [1.  1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8 1.9 2. ] int64 float64
# expect: (array([2, 1, 2]), array([0.        , 1.33333333, 2.66666667, 4.        ]))
# expect: (array([1, 4, 1]), array([0, 1, 2, 3]))
# expect: (array([0.25, 0.25, 0.25, 0.25]), array([0, 1, 2, 3, 4]))
# expect: [0.5 0.  0.5 0.  0.  0.5 0.  0.5 0.  0.5]
# expect: (array([2, 2, 0, 1, 1]), array([0. , 0.2, 0.4, 0.6, 0.8, 1. ]))
# expect: (array([1, 0, 3]), array([0, 2, 2, 5]))
# expect: (array([2. , 1.5]), array([0.5, 1.5, 2.5]))
# expect: (array([0, 2]), array([2.5, 3. , 3.5])) (array([0, 0]), array([0. , 0.5, 1. ]))
# expect: [   2    8   31   79  172  407  665 1045 1280 1553 1449 1239  900  579
# expect:   335  152   75   22    5    2] 10000
# expect: [-3.74010064 -3.3630126  -2.98592455 -2.60883651 -2.23174847 -1.85466042
# expect:  -1.47757238 -1.10048434 -0.7233963  -0.34630825  0.03077979  0.40786783
# expect:   0.78495587  1.16204392  1.53913196  1.91622     2.29330804  2.67039609
# expect:   3.04748413  3.42457217  3.80166021]
# expect: [1.064453 0.947266 0.869141 1.044922 1.015625 1.103516 0.9375   1.035156
# expect:  1.123047 0.859375] [0.  0.1 0.2 0.3 0.4 0.5 0.6 0.7 0.8 0.9 1. ]
# expect: ValueError: autodetected range of [nan, nan] is not finite
# expect: ValueError: `bins` must increase monotonically, when an array
# expect: ValueError: `bins` must be positive, when an integer
# expect: ValueError: max must be larger than min in range parameter.
# expect error: ValueError: weights should have the same shape as a.
