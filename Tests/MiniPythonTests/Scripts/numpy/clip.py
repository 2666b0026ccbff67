# np.clip: number bounds in one pass (with out=, NaN, None bounds, crossed bounds), and the general path for arrays and ints
import numpy as np
a = np.array([[-7.0, 0.5, np.nan], [3.0, 9.0, -1.0]])
print(np.clip(a, -5, 5))
print(np.clip(a, None, 2.5))
print(np.clip(a, 0, None))
print(np.clip(a, 4, 2))
b = a.copy()
r = np.clip(b, -1, 1, out=b)
print(b, r is b)
c = np.zeros((2, 3))
print(np.clip(a, -2, 2, out=c), c)
print(np.clip(np.array([1, 5, 9]), 2, 6))
print(np.clip(a.T, -1, 1))
print(np.clip(a, -5.5, float('nan')))
try:
    np.clip(a, None, None)
except ValueError as e:
    print("ValueError", e)

# expect: [[-5.   0.5  nan]
# expect:  [ 3.   5.  -1. ]]
# expect: [[-7.   0.5  nan]
# expect:  [ 2.5  2.5 -1. ]]
# expect: [[0.  0.5 nan]
# expect:  [3.  9.  0. ]]
# expect: [[ 2.  2. nan]
# expect:  [ 2.  2.  2.]]
# expect: [[-1.   0.5  nan]
# expect:  [ 1.   1.  -1. ]] True
# expect: [[-2.   0.5  nan]
# expect:  [ 2.   2.  -1. ]] [[-2.   0.5  nan]
# expect:  [ 2.   2.  -1. ]]
# expect: [2 5 6]
# expect: [[-1.   1. ]
# expect:  [ 0.5  1. ]
# expect:  [ nan -1. ]]
# expect: [[nan nan nan]
# expect:  [nan nan nan]]
