# np.dot with misaligned shapes.
import numpy as np

W = np.ones((4, 2))
X = np.ones((4, 400))
Z = np.dot(W, X)

# expect error: ValueError: shapes (4,2) and (4,400) not aligned: 2 (dim 1) != 4 (dim 0)
