# Which operations share memory with the original, as numpy defines it.
import numpy as np

a = np.arange(6.0)
r = a.reshape(2, 3)
r[0, 0] = -1
print(a[0])
t = r.T
t[2, 1] = 50
print(a)
f = r.flatten()
f[0] = 7
print(a[0])
v = a.ravel()
v[1] = 9
print(a[1])
c = a.copy()
c[2] = 100
print(a[2])
s = r[:, 1]
s *= 2
print(a)
e = np.expand_dims(a, 0)
e[0, 3] = 33
print(a[3])
b = a[a > 10]
b[:] = 0
print(a)
g = a[[0, 1]]
g += 1
print(a[:2])
a[1:3] = a[0:2]
print(a)
m = np.zeros((3, 3))
m[1, :] += np.array([1, 2, 3])
m[:, 0] -= 1
print(m)

# expect: -1.0
# expect: [-1.  1.  2.  3.  4. 50.]
# expect: -1.0
# expect: 9.0
# expect: 2.0
# expect: [-1. 18.  2.  3.  8. 50.]
# expect: 33.0
# expect: [-1. 18.  2. 33.  8. 50.]
# expect: [-1. 18.]
# expect: [-1. -1. 18. 33.  8. 50.]
# expect: [[-1.  0.  0.]
# expect:  [ 0.  2.  3.]
# expect:  [-1.  0.  0.]]
