# Element-wise operations on views: broadcasting, transposes, steps, in-place writes through
# column views, overlapping views (numpy copies the operand first) and slice assignment.
import numpy as np
a = np.arange(12.).reshape(3, 4)
b = np.arange(4.)
print(a + b, a.T * 2, a[:, 1:3] - a[:, :2].T.T)
c = a.copy(); c[:, 1] += b[:3]; print(c)
c = a.copy(); c[1:] += c[:-1]; print(c)
c = a.copy(); c[:, 1:] -= c[:, :-1]; print(c)
c = a.copy(); c[:, ::2] = np.array([[7], [8], [9]]); print(c)
d = np.zeros((2, 3), dtype=int); d[:] = 2.7; print(d)
e = np.arange(24).reshape(2, 3, 4).transpose(2, 0, 1); print(e + e[0], e[:, 1:, ::-1] * 1.5)
print(a[[0, 2]], a[:, [1, 3]], a[[0, 1], [2, 3]], a[a > 4])
f = a.copy(); f.T[1] += 100; print(f)
x = np.ones((3, 1, 4)); print((x + np.arange(3).reshape(1, 3, 1)).shape, x[:, :, ::2] ** 2)
g = np.arange(6.); g[::2] *= -1; print(g); g[1::2] = g[::2]; print(g)
try:
    a[:, :2] += np.ones(3)
except ValueError as err:
    print(err)
try:
    a[:, :2] = np.ones(3)
except ValueError as err:
    print(err)
h = np.arange(5); h[1:] = h[:-1]; print(h)

# expect: [[ 0.  2.  4.  6.]
# expect:  [ 4.  6.  8. 10.]
# expect:  [ 8. 10. 12. 14.]] [[ 0.  8. 16.]
# expect:  [ 2. 10. 18.]
# expect:  [ 4. 12. 20.]
# expect:  [ 6. 14. 22.]] [[1. 1.]
# expect:  [1. 1.]
# expect:  [1. 1.]]
# expect: [[ 0.  1.  2.  3.]
# expect:  [ 4.  6.  6.  7.]
# expect:  [ 8. 11. 10. 11.]]
# expect: [[ 0.  1.  2.  3.]
# expect:  [ 4.  6.  8. 10.]
# expect:  [12. 14. 16. 18.]]
# expect: [[0. 1. 1. 1.]
# expect:  [4. 1. 1. 1.]
# expect:  [8. 1. 1. 1.]]
# expect: [[ 7.  1.  7.  3.]
# expect:  [ 8.  5.  8.  7.]
# expect:  [ 9.  9.  9. 11.]]
# expect: [[2 2 2]
# expect:  [2 2 2]]
# expect: [[[ 0  8 16]
# expect:   [24 32 40]]
# expect:
# expect:  [[ 1  9 17]
# expect:   [25 33 41]]
# expect:
# expect:  [[ 2 10 18]
# expect:   [26 34 42]]
# expect:
# expect:  [[ 3 11 19]
# expect:   [27 35 43]]] [[[30.  24.  18. ]]
# expect:
# expect:  [[31.5 25.5 19.5]]
# expect:
# expect:  [[33.  27.  21. ]]
# expect:
# expect:  [[34.5 28.5 22.5]]]
# expect: [[ 0.  1.  2.  3.]
# expect:  [ 8.  9. 10. 11.]] [[ 1.  3.]
# expect:  [ 5.  7.]
# expect:  [ 9. 11.]] [2. 7.] [ 5.  6.  7.  8.  9. 10. 11.]
# expect: [[  0. 101.   2.   3.]
# expect:  [  4. 105.   6.   7.]
# expect:  [  8. 109.  10.  11.]]
# expect: (3, 3, 4) [[[1. 1.]]
# expect:
# expect:  [[1. 1.]]
# expect:
# expect:  [[1. 1.]]]
# expect: [-0.  1. -2.  3. -4.  5.]
# expect: [-0. -0. -2. -2. -4. -4.]
# expect: operands could not be broadcast together with shapes (3,2) (3,) (3,2) 
# expect: could not broadcast input array from shape (3,) into shape (3,2)
# expect: [0 0 1 2 3]
