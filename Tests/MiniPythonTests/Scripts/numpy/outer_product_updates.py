# G += np.dot(a, b) with an outer product updates G in place, with the bits of the product then the sum; shared memory, other depths and dtypes take the ordinary path
import numpy as np
np.random.seed(0)
g = {"dW": np.zeros((4, 3))}
a = np.random.randn(4, 1); b = np.random.randn(3, 1)
for t in range(3):
    g["dW"] += np.dot(a, b.T)
print(g["dW"])
W = np.ones((3, 3))
W += np.dot(W[:, :1], W[:1, :])      # shares memory: the ordinary path
print(W)
z = np.full((2, 2), -0.0)
z += np.dot(np.array([[-0.0], [1.0]]), np.array([[0.0, -2.0]]))
print(z)
class Holder:
    pass
h = Holder(); h.m = np.zeros((2, 3))
h.m += np.dot(np.ones((2, 1)), np.arange(3.0).reshape(1, 3))
print(h.m)
v = np.zeros((2, 2)); v += np.dot(np.ones((2, 2)), np.ones((2, 2)))
print(v)
q = np.zeros((3, 3)); q += np.dot(np.ones((3, 1)), np.ones((1, 1)))
print(q)
np.random.seed(5)
G1 = np.random.randn(30, 20); G2 = G1.copy()
for t in range(50):
    a = np.random.randn(30, 1); b = np.random.randn(1, 20)
    G1 += np.dot(a, b)
    P = np.dot(a, b)
    G2 += P
print(np.array_equal(G1, G2), repr(float(G1.sum())))

# expect: [[ 9.88341016 -5.17190801  5.02801711]
# expect:  [ 2.24195038 -1.17319436  1.14055419]
# expect:  [ 5.48354983 -2.86949695  2.78966287]
# expect:  [12.554994   -6.56992606  6.38714002]]
# expect: [[2. 2. 2.]
# expect:  [2. 2. 2.]
# expect:  [2. 2. 2.]]
# expect: [[ 0.  0.]
# expect:  [ 0. -2.]]
# expect: [[0. 1. 2.]
# expect:  [0. 1. 2.]]
# expect: [[2. 2.]
# expect:  [2. 2.]]
# expect: [[1. 1. 1.]
# expect:  [1. 1. 1.]
# expect:  [1. 1. 1.]]
# expect: True 341.92598949334496
