# Setting the elements a key of integers and slices selects to a number: rows, columns, steps, casts to int, views
import numpy as np
x = np.zeros((4, 3))
x[1] = 1
x[:, 2] = 5.5
x[-1, ::2] = -2
x[2, 1:] = True
print(x)
y = np.zeros((3, 2), dtype=int)
y[0] = 2.7
y[1:, 1] = -1.2
print(y)
z = np.arange(24.0).reshape(2, 3, 4)
z[1, :, 1:3] = 0
z[0] = 9
print(z)
v = z[1]
v[0] = 7
print(z[1])
try:
    x[5] = 1
except IndexError as e:
    print("IndexError", e)

# expect: [[ 0.   0.   5.5]
# expect:  [ 1.   1.   5.5]
# expect:  [ 0.   1.   1. ]
# expect:  [-2.   0.  -2. ]]
# expect: [[ 2  2]
# expect:  [ 0 -1]
# expect:  [ 0 -1]]
# expect: [[[ 9.  9.  9.  9.]
# expect:   [ 9.  9.  9.  9.]
# expect:   [ 9.  9.  9.  9.]]
# expect:
# expect:  [[12.  0.  0. 15.]
# expect:   [16.  0.  0. 19.]
# expect:   [20.  0.  0. 23.]]]
# expect: [[ 7.  7.  7.  7.]
# expect:  [16.  0.  0. 19.]
# expect:  [20.  0.  0. 23.]]
# expect: IndexError index 5 is out of bounds for axis 0 with size 4
