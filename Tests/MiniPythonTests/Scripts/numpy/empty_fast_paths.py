# The fast paths on empty arrays: an outer product into a 0-row target, clip, tanh and sums of nothing, a row set in a 0-column matrix
import numpy as np
G = np.zeros((0, 3)); G += np.dot(np.zeros((0, 1)), np.zeros((1, 3))); print(G.shape)
H = np.zeros((2, 0)); H += np.dot(np.zeros((2, 1)), np.zeros((1, 0))); print(H.shape)
e = np.zeros((0,)); print(np.clip(e, -1, 1), np.tanh(e), e.sum())
z = np.zeros((0, 1)); print(z.sum(axis=0), z.max(axis=0) if z.size else "empty")
a = np.zeros((3, 0)); a[1] = 5; print(a)
print(np.zeros((0, 2))[:, 1:], {}, [1, 2, 3, 4, 5, 6, 7][2:])

# expect: (0, 3)
# expect: (2, 0)
# expect: [] [] 0.0
# expect: [0.] empty
# expect: []
# expect: [] {} [3, 4, 5, 6, 7]
