# Shape operations, joining, sorting.
import numpy as np

a = np.arange(6)
print(a.reshape(2, 3), a.reshape(-1, 1).shape, a.reshape((3, -1)).shape)
m = a.reshape(2, 3)
print(m.T, m.T.shape, m.transpose(1, 0).shape)
print(m.ravel(), m.flatten(), np.squeeze(np.zeros((1, 3, 1))).shape)
print(np.expand_dims(a, 0).shape, np.expand_dims(a, -1).shape)
c = np.arange(24).reshape(2, 3, 4)
print(c.transpose(2, 0, 1).shape, np.swapaxes(c, 0, 2).shape)
print(np.concatenate([m, m], axis=0))
print(np.concatenate([m, m], axis=1))
print(np.stack([a, a]), np.stack([a, a], axis=1).shape)
print(np.vstack([a, a]), np.hstack([a, a]))
print(np.pad(np.array([[1, 2], [3, 4]]), 1))
print(np.pad(np.ones((1, 2)), ((0, 0), (1, 2)), 'constant', constant_values=5))
print(np.tile(np.array([1, 2]), 3), np.tile(np.array([1, 2]), (2, 2)))
print(np.repeat(np.array([1, 2]), 3), np.repeat(m, 2, axis=0))
v = np.array([3, 1, 2, 1, 3, 3])
print(np.sort(v), np.argsort(np.array([3.0, 1.0, 2.0])), np.unique(v))
vals, counts = np.unique(v, return_counts=True)
print(vals, counts)
print(np.bincount(v), np.searchsorted(np.array([1, 2, 3, 4]), 3))
print(np.argsort(np.array([[3, 1, 2], [0, 5, 4]]), axis=1))
print(len(m), len(a), m[0].tolist())
for row in m:
    print(row)

# expect: [[0 1 2]
# expect:  [3 4 5]] (6, 1) (3, 2)
# expect: [[0 3]
# expect:  [1 4]
# expect:  [2 5]] (3, 2) (3, 2)
# expect: [0 1 2 3 4 5] [0 1 2 3 4 5] (3,)
# expect: (1, 6) (6, 1)
# expect: (4, 2, 3) (4, 3, 2)
# expect: [[0 1 2]
# expect:  [3 4 5]
# expect:  [0 1 2]
# expect:  [3 4 5]]
# expect: [[0 1 2 0 1 2]
# expect:  [3 4 5 3 4 5]]
# expect: [[0 1 2 3 4 5]
# expect:  [0 1 2 3 4 5]] (6, 2)
# expect: [[0 1 2 3 4 5]
# expect:  [0 1 2 3 4 5]] [0 1 2 3 4 5 0 1 2 3 4 5]
# expect: [[0 0 0 0]
# expect:  [0 1 2 0]
# expect:  [0 3 4 0]
# expect:  [0 0 0 0]]
# expect: [[5. 1. 1. 5. 5.]]
# expect: [1 2 1 2 1 2] [[1 2 1 2]
# expect:  [1 2 1 2]]
# expect: [1 1 1 2 2 2] [[0 1 2]
# expect:  [0 1 2]
# expect:  [3 4 5]
# expect:  [3 4 5]]
# expect: [1 1 2 3 3 3] [1 2 0] [1 2 3]
# expect: [1 2 3] [2 1 3]
# expect: [0 2 1 3] 2
# expect: [[1 2 0]
# expect:  [0 2 1]]
# expect: 2 6 [0, 1, 2]
# expect: [0 1 2]
# expect: [3 4 5]
