# np.median, np.percentile and np.quantile with numpy's default linear interpolation.
import numpy as np


def attempt(f):
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)


a = np.array([[10, 7, 4], [3, 2, 1]])
print(np.median(a), np.median(a, axis=0), np.median(a, axis=1), np.median(a, axis=-1, keepdims=True).shape)
print(np.median([5, 1, 3]), np.median(np.array([1.5, np.nan, 2.0])), np.median(np.arange(10.0)))
print(np.percentile(a, 50), np.percentile(a, [25, 50, 75]), np.percentile(a, 90, axis=1))
print(np.percentile(np.arange(1, 11), [0, 10, 33, 66.6, 99, 100]))
print(np.percentile(a, [10, 90], axis=0))
print(np.percentile(a, 30, axis=0, keepdims=True))
print(np.quantile(np.array([0.1, 0.7, 0.3, 0.9]), 0.5), np.quantile([1, 2, 3, 4], [0.25, 0.75]))
np.random.seed(0)
samples = np.random.randn(1001)
print(np.percentile(samples, [2.5, 97.5]), np.median(samples))
print(np.quantile(np.array([[1.0, np.nan], [2.0, 3.0]]), 0.5, axis=1))
attempt(lambda: np.percentile(a, 101))
attempt(lambda: np.quantile(a, [0.5, -0.1]))
attempt(lambda: np.median(a, axis=2))

# expect: 3.5 [6.5 4.5 2.5] [7. 2.] (2, 1)
# expect: 3.0 nan 4.5
# expect: 3.5 [2.25 3.5  6.25] [9.4 2.8]
# expect: [ 1.     1.9    3.97   6.994  9.91  10.   ]
# expect: [[3.7 2.5 1.3]
# expect:  [9.3 6.5 3.7]]
# expect: [[5.1 3.5 1.9]]
# expect: 0.5 [1.75 3.25]
# expect: [-1.96862469  1.9507754 ] -0.057469518465394644
# expect: [nan 2.5]
# expect: ValueError: Percentiles must be in the range [0, 100]
# expect: ValueError: Quantiles must be in the range [0, 1]
# expect: AxisError: axis 2 is out of bounds for array of dimension 2
