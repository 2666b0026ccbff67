# The direct paths for views, element access and boolean masks of the array's own shape:
# each result and each write-through is printed, so a path that picks the wrong layout shows.
import numpy as np

a = np.arange(12.0).reshape(3, 4)
t = a.T
print(t.shape, t[1], t[1, 2])
t[0, 1] = -1.0
print(a[1, 0])
v = np.arange(3)
print(v.T, v.T.shape, v.T.dtype)
s = np.array(7.5)
print(s.T, s.T.shape)
c = np.arange(24).reshape(2, 3, 4)
print(c.T.shape, c.T[3, 2, 1], c.transpose().shape)
print(a.T.T[2], a.T.reshape(-1)[:5])

# Rows, columns and slices of one and two axes, and writes through them.
row = a[1]
row[2] = 100.0
print(a[1], row.shape)
col = a[:, 2]
print(col, col.shape)
col[0] = 55.0
print(a[0])
block = a[:, 1:3]
print(block, block.shape)
print(block.reshape(-1))
block[1, 1] = -7.0
print(a[1])
print(a[::-1, ::2], a[-1], a[-1, -1])
print(c[1], c[1, 2], c[1, 2, 3], c[:, 1], c[:, :, 3])
print(c[:, :, 3].shape, c[0, :, 1:3].shape, c[0:1].shape, c[1:, ::-1, 0])
print(a[1:1].shape, a[:, 5:].shape, a[2:1, 1].shape)
d = c[:, :, 2]
d[1, 2] = 999
print(c[1, 2])
e = np.zeros((2, 3, 4))
e[:, :, 1] = np.ones((2, 3))
e[:, 1, :] = np.arange(4.0)
e[1] = 5
print(e)
e[0, :, :] = e[1]
print(e[0])

# Reshape with and without -1, of views and of strided arrays (a copy), and its errors.
r = np.arange(6).reshape(-1, 1)
print(r.shape, r.reshape(2, -1), r.reshape((3, 2)).shape, r.reshape(6).shape)
w = a.T.reshape(2, -1)
w[0, 0] = 12345.0
print(a[0, 0], w[0])
z = a[0].reshape(2, 2)
z[1, 1] = 4321.0
print(a[0])
for shape in [(5, -1), (-1, -1), (7,)]:
    try:
        a.reshape(shape)
    except ValueError as error:
        print("ValueError:", error)

# Boolean masks of the array's shape: reads, writes, dtypes, strided arrays and masks.
m = np.arange(-6, 6).reshape(3, 4)
mask = m > 0
print(m[mask], m[mask].dtype, m[mask].shape)
print(m[m > 100], m[m > 100].shape)
f = m.astype(float)
f[f <= 0] = 0
print(f)
m[mask] = 2.7
print(m)
flags = np.array([[True, False], [False, True]])
print(flags[flags], flags[~flags])
flags[flags] = False
print(flags)
g = np.arange(12.0).reshape(3, 4)
gt = g.T
gt[gt > 8] = -1
print(g)
print(gt[gt < 3])
h = np.arange(8.0).reshape(2, 4)
print(h[(h % 3 == 0).T.T], h[h.T.T > 5])
strided = np.arange(16.0).reshape(4, 4)[::2, 1::2]
print(strided[strided > 4])
strided[strided > 4] = 0.5
print(strided)
k = np.arange(5)
k[k % 2 == 0] = True
print(k, k.dtype)
k[k > 1] = -3.9
print(k)
one = np.array([[1.0, 2.0]])
one[np.array([[True, False]])] = np.array(9.0)
print(one)
empty = np.zeros((0, 3))
print(empty[empty > 0].shape)
empty[empty > 0] = 1
print(a.shape[1], c.shape[2], e.shape, s.shape, np.zeros(4).shape)
print(np.array([1.0, 2.0, 3.0]), np.array([1, 2]), np.array([True, False]), np.array([1, 2.5]))
print(np.array([]).shape, np.array(()).dtype, np.array([True, 2]).dtype, np.array((4, 5)))
print(np.zeros((2, 3)), np.zeros(3, dtype=int), np.ones((2,)))
try:
    m[np.array([True, False])] = 1
except IndexError as error:
    print("IndexError:", error)
try:
    m[mask] = np.arange(3)
except ValueError as error:
    print("ValueError:", error)
try:
    print(a[3])
except IndexError as error:
    print("IndexError:", error)
try:
    print(a[:, 4])
except IndexError as error:
    print("IndexError:", error)

# In-place operators through views write once; a view of the same storage under another
# layout is copied, not taken for the target.
p = np.arange(24.0).reshape(2, 3, 4)
p[:, 1:3, :] += 100
p[0, :, 2] -= 1
p[1] *= 2
p[:, :, ::2] += p[:, :, 1::2]
p[1] += p[1]
print(p)
p[0] = p[1]
p[:, 0] = p[:, 2]
p[0, :, :] = p[0]
p[1, ::-1] = p[1]
print(p)
col = np.arange(6.0).reshape(3, 2)
col[:, 1] += col[:, 0]
col[2] -= col[0]
print(col)

# expect: (4, 3) [1. 5. 9.] 9.0
# expect: -1.0
# expect: [0 1 2] (3,) int64
# expect: 7.5 ()
# expect: (4, 3, 2) 23 (4, 3, 2)
# expect: [ 8.  9. 10. 11.] [ 0. -1.  8.  1.  5.]
# expect: [ -1.   5. 100.   7.] (4,)
# expect: [  2. 100.  10.] (3,)
# expect: [ 0.  1. 55.  3.]
# expect: [[  1.  55.]
# expect:  [  5. 100.]
# expect:  [  9.  10.]] (3, 2)
# expect: [  1.  55.   5. 100.   9.  10.]
# expect: [-1.  5. -7.  7.]
# expect: [[ 8. 10.]
# expect:  [-1. -7.]
# expect:  [ 0. 55.]] [ 8.  9. 10. 11.] 11.0
# expect: [[12 13 14 15]
# expect:  [16 17 18 19]
# expect:  [20 21 22 23]] [20 21 22 23] 23 [[ 4  5  6  7]
# expect:  [16 17 18 19]] [[ 3  7 11]
# expect:  [15 19 23]]
# expect: (2, 3) (3, 2) (1, 3, 4) [[20 16 12]]
# expect: (0, 4) (3, 0) (0,)
# expect: [ 20  21 999  23]
# expect: [[[0. 1. 0. 0.]
# expect:   [0. 1. 2. 3.]
# expect:   [0. 1. 0. 0.]]
# expect:
# expect:  [[5. 5. 5. 5.]
# expect:   [5. 5. 5. 5.]
# expect:   [5. 5. 5. 5.]]]
# expect: [[5. 5. 5. 5.]
# expect:  [5. 5. 5. 5.]
# expect:  [5. 5. 5. 5.]]
# expect: (6, 1) [[0 1 2]
# expect:  [3 4 5]] (3, 2) (6,)
# expect: 0.0 [ 1.2345e+04 -1.0000e+00  8.0000e+00  1.0000e+00  5.0000e+00  9.0000e+00]
# expect: [0.000e+00 1.000e+00 5.500e+01 4.321e+03]
# expect: ValueError: cannot reshape array of size 12 into shape (5,newaxis)
# expect: ValueError: can only specify one unknown dimension
# expect: ValueError: cannot reshape array of size 12 into shape (7,)
# expect: [1 2 3 4 5] int64 (5,)
# expect: [] (0,)
# expect: [[0. 0. 0. 0.]
# expect:  [0. 0. 0. 1.]
# expect:  [2. 3. 4. 5.]]
# expect: [[-6 -5 -4 -3]
# expect:  [-2 -1  0  2]
# expect:  [ 2  2  2  2]]
# expect: [ True  True] [False False]
# expect: [[False False]
# expect:  [False False]]
# expect: [[ 0.  1.  2.  3.]
# expect:  [ 4.  5.  6.  7.]
# expect:  [ 8. -1. -1. -1.]]
# expect: [ 0.  1. -1.  2. -1. -1.]
# expect: [0. 3. 6.] [6. 7.]
# expect: [ 9. 11.]
# expect: [[1.  3. ]
# expect:  [0.5 0.5]]
# expect: [1 1 1 3 1] int64
# expect: [ 1  1  1 -3  1]
# expect: [[9. 2.]]
# expect: (0,)
# expect: 4 4 (2, 3, 4) () (4,)
# expect: [1. 2. 3.] [1 2] [ True False] [1.  2.5]
# expect: (0,) float64 int64 [4 5]
# expect: [[0. 0. 0.]
# expect:  [0. 0. 0.]] [0 0 0] [1. 1.]
# expect: IndexError: boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 2
# expect: ValueError: NumPy boolean array indexing assignment cannot assign 3 input values to the 5 output values where the mask is true
# expect: IndexError: index 3 is out of bounds for axis 0 with size 3
# expect: IndexError: index 4 is out of bounds for axis 1 with size 4
# expect: [[[  1.   1.   4.   3.]
# expect:   [209. 105. 212. 107.]
# expect:   [217. 109. 220. 111.]]
# expect:
# expect:  [[100.  52. 116.  60.]
# expect:   [932. 468. 948. 476.]
# expect:   [964. 484. 980. 492.]]]
# expect: [[[964. 484. 980. 492.]
# expect:   [932. 468. 948. 476.]
# expect:   [964. 484. 980. 492.]]
# expect:
# expect:  [[964. 484. 980. 492.]
# expect:   [932. 468. 948. 476.]
# expect:   [964. 484. 980. 492.]]]
# expect: [[0. 1.]
# expect:  [2. 5.]
# expect:  [4. 8.]]
