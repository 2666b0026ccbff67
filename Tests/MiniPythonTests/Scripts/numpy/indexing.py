# Basic slicing returns views; fancy indexing and masks copy; writes go through.
import numpy as np

a = np.arange(12).reshape(3, 4)
print(a[1], a[1, 2], a[-1, -1])
print(a[:, 1])
print(a[1:, ::2])
print(a[::-1])
print(a[..., 0], a[None, 0].shape, a[:, np.newaxis, 1].shape)
b = a[1:]
b[0, 0] = 100
print(a)
row = a[0]
row += 10
print(a[0])
a[:, 0] = 0
print(a)
print(a[[2, 0]])
print(a[:, [3, 0, 1]])
print(a[np.arange(3), np.array([1, 2, 0])])
y = np.array([2, 0, 1])
scores = np.arange(9.0).reshape(3, 3)
print(scores[np.arange(3), y])
scores[np.arange(3), y] -= 1
print(scores)
mask = a > 5
print(mask)
print(a[mask])
a[a > 5] = -1
print(a)
z = np.array([-2.0, 3.0, -1.0, 4.0])
z[z <= 0] = 0
print(z)
w = np.array([1, 2, 3, 4])
w[w > 2] += 10
print(w)
c = a[[0, 1]]
c[0, 0] = 999
print(a[0, 0])
perm = np.array([3, 1, 0, 2])
X = np.arange(8).reshape(2, 4)
print(X[:, perm])
print(np.arange(10)[2:8:3], np.arange(10)[-3:])

# expect: [4 5 6 7] 6 11
# expect: [1 5 9]
# expect: [[ 4  6]
# expect:  [ 8 10]]
# expect: [[ 8  9 10 11]
# expect:  [ 4  5  6  7]
# expect:  [ 0  1  2  3]]
# expect: [0 4 8] (1, 4) (3, 1)
# expect: [[  0   1   2   3]
# expect:  [100   5   6   7]
# expect:  [  8   9  10  11]]
# expect: [10 11 12 13]
# expect: [[ 0 11 12 13]
# expect:  [ 0  5  6  7]
# expect:  [ 0  9 10 11]]
# expect: [[ 0  9 10 11]
# expect:  [ 0 11 12 13]]
# expect: [[13  0 11]
# expect:  [ 7  0  5]
# expect:  [11  0  9]]
# expect: [11  6  0]
# expect: [2. 3. 7.]
# expect: [[0. 1. 1.]
# expect:  [2. 4. 5.]
# expect:  [6. 6. 8.]]
# expect: [[False  True  True  True]
# expect:  [False False  True  True]
# expect:  [False  True  True  True]]
# expect: [11 12 13  6  7  9 10 11]
# expect: [[ 0 -1 -1 -1]
# expect:  [ 0  5 -1 -1]
# expect:  [ 0 -1 -1 -1]]
# expect: [0. 3. 0. 4.]
# expect: [ 1  2 13 14]
# expect: 0
# expect: [[3 1 0 2]
# expect:  [7 5 4 6]]
# expect: [2 5] [7 8 9]
