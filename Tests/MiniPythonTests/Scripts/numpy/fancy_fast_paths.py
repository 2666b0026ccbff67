# Integer-array subscripts with a direct path: X[batch], X[:, permutation] and
# scores[np.arange(N), y], read and written, on contiguous and strided arrays.
import numpy as np

a = np.arange(20.0).reshape(4, 5)
idx = np.array([3, 0, -1, 3])
print(a[idx], a[idx].shape)
print(a[:, idx], a[:, idx].shape)
print(a[np.array([[0, 1], [2, 3]])].shape, a[:, np.array([[4], [0]])].shape)
print(a.T[idx], a[::2, ::-1][:, np.array([0, 4])])
c = np.arange(24).reshape(2, 3, 4)
print(c[np.array([1, 0])].shape, c[:, np.array([2, 2, 0])], c[:, :, np.array([3, 1])], c[:, :, np.array([3, 1])].shape)
print(c[np.array([], dtype=int)].shape, a[:, np.array([], dtype=int)].shape)
v = np.arange(5) * 10
print(v[np.array([4, -5, 2])], v[np.array([[1, 1], [0, 3]])])
b = np.array([[True, False], [False, True]])
print(b[np.array([1, 1, 0])], b[np.array([1, 1, 0])].dtype)

scores = np.arange(12.0).reshape(4, 3)
y = np.array([2, 0, 1, 2])
print(scores[np.arange(4), y], scores[np.arange(4), y].shape)
print(scores.T[np.array([0, 2]), np.array([3, 1])])
print(scores[np.array([[0], [3]]), np.array([[1], [-1]])])
margins = scores.copy()
margins[np.arange(4), y] = 0
print(margins)
dscores = scores.copy()
dscores[np.arange(4), y] -= 1
print(dscores)
dscores[np.array([0, 0]), np.array([1, 1])] = np.array([7.0, 8.0])
print(dscores[0])

w = np.zeros((3, 4))
w[np.array([2, 0])] = 1.5
print(w)
w[:, np.array([1, 3])] = np.array([[10.0, 20.0], [30.0, 40.0], [50.0, 60.0]])
print(w)
w[np.array([1, 1])] = np.array([[1.0, 2.0, 3.0, 4.0], [5.0, 6.0, 7.0, 8.0]])
print(w)
w[:, np.array([0])] = np.array([[-1.0], [-2.0], [-3.0]])
print(w)
n = np.zeros(6, dtype=int)
n[np.array([1, 4])] = 2.9
n[np.array([0, 5])] += 3
print(n, n.dtype)
g = np.arange(12.0).reshape(3, 4)
gt = g.T
gt[np.array([0, 3])] = -1
print(g)
g[:, np.array([1, 2])] *= 10
print(g)
x = np.arange(6.0)
x[np.array([0, 1])] = x[np.array([4, 5])]
print(x)

for key in [np.array([4]), np.array([-5])]:
    try:
        print(a[key])
    except IndexError as error:
        print("IndexError:", error)
try:
    print(a[:, np.array([0, 5])])
except IndexError as error:
    print("IndexError:", error)
try:
    print(scores[np.array([0, 4]), np.array([0, 3])])
except IndexError as error:
    print("IndexError:", error)
try:
    print(scores[np.array([0, 1]), np.array([0, 3])])
except IndexError as error:
    print("IndexError:", error)
try:
    w[np.array([0, 1])] = np.arange(3.0)
except ValueError as error:
    print("ValueError:", error)
try:
    margins[np.arange(4), y] = np.arange(3)
except ValueError as error:
    print("ValueError:", error)
try:
    print(scores[np.arange(4), np.array([0, 1])])
except IndexError as error:
    print("IndexError:", error)

# expect: [[15. 16. 17. 18. 19.]
# expect:  [ 0.  1.  2.  3.  4.]
# expect:  [15. 16. 17. 18. 19.]
# expect:  [15. 16. 17. 18. 19.]] (4, 5)
# expect: [[ 3.  0.  4.  3.]
# expect:  [ 8.  5.  9.  8.]
# expect:  [13. 10. 14. 13.]
# expect:  [18. 15. 19. 18.]] (4, 4)
# expect: (2, 2, 5) (4, 2, 1)
# expect: [[ 3.  8. 13. 18.]
# expect:  [ 0.  5. 10. 15.]
# expect:  [ 4.  9. 14. 19.]
# expect:  [ 3.  8. 13. 18.]] [[ 4.  0.]
# expect:  [14. 10.]]
# expect: (2, 3, 4) [[[ 8  9 10 11]
# expect:   [ 8  9 10 11]
# expect:   [ 0  1  2  3]]
# expect:
# expect:  [[20 21 22 23]
# expect:   [20 21 22 23]
# expect:   [12 13 14 15]]] [[[ 3  1]
# expect:   [ 7  5]
# expect:   [11  9]]
# expect:
# expect:  [[15 13]
# expect:   [19 17]
# expect:   [23 21]]] (2, 3, 2)
# expect: (0, 3, 4) (4, 0)
# expect: [40  0 20] [[10 10]
# expect:  [ 0 30]]
# expect: [[False  True]
# expect:  [False  True]
# expect:  [ True False]] bool
# expect: [ 2.  3.  7. 11.] (4,)
# expect: [9. 5.]
# expect: [[ 1.]
# expect:  [11.]]
# expect: [[ 0.  1.  0.]
# expect:  [ 0.  4.  5.]
# expect:  [ 6.  0.  8.]
# expect:  [ 9. 10.  0.]]
# expect: [[ 0.  1.  1.]
# expect:  [ 2.  4.  5.]
# expect:  [ 6.  6.  8.]
# expect:  [ 9. 10. 10.]]
# expect: [0. 8. 1.]
# expect: [[1.5 1.5 1.5 1.5]
# expect:  [0.  0.  0.  0. ]
# expect:  [1.5 1.5 1.5 1.5]]
# expect: [[ 1.5 10.   1.5 20. ]
# expect:  [ 0.  30.   0.  40. ]
# expect:  [ 1.5 50.   1.5 60. ]]
# expect: [[ 1.5 10.   1.5 20. ]
# expect:  [ 5.   6.   7.   8. ]
# expect:  [ 1.5 50.   1.5 60. ]]
# expect: [[-1.  10.   1.5 20. ]
# expect:  [-2.   6.   7.   8. ]
# expect:  [-3.  50.   1.5 60. ]]
# expect: [3 2 0 0 2 3] int64
# expect: [[-1.  1.  2. -1.]
# expect:  [-1.  5.  6. -1.]
# expect:  [-1.  9. 10. -1.]]
# expect: [[ -1.  10.  20.  -1.]
# expect:  [ -1.  50.  60.  -1.]
# expect:  [ -1.  90. 100.  -1.]]
# expect: [4. 5. 2. 3. 4. 5.]
# expect: IndexError: index 4 is out of bounds for axis 0 with size 4
# expect: IndexError: index -5 is out of bounds for axis 0 with size 4
# expect: IndexError: index 5 is out of bounds for axis 1 with size 5
# expect: IndexError: index 4 is out of bounds for axis 0 with size 4
# expect: IndexError: index 3 is out of bounds for axis 1 with size 3
# expect: ValueError: shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,4)
# expect: ValueError: shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (4,)
# expect: IndexError: shape mismatch: indexing arrays could not be broadcast together with shapes (4,) (2,) 
