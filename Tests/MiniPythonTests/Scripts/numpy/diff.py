# np.diff: differences along an axis, repeated n times.
import numpy as np
print(np.diff(np.array([1, 3, 6, 10])))
print(np.diff(np.array([1.0, 3.5, 6.0, 10.0]), n=2))
a = np.arange(12).reshape(3, 4) ** 2
print(np.diff(a))
print(np.diff(a, axis=0))
print(np.diff([1, 4, 9], 3))
print(np.diff(np.array([True, False, False, True])))

# expect: [2 3 4]
# expect: [0.  1.5]
# expect: [[ 1  3  5]
# expect:  [ 9 11 13]
# expect:  [17 19 21]]
# expect: [[16 24 32 40]
# expect:  [48 56 64 72]]
# expect: []
# expect: [ True False  True]
