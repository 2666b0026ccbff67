# np.linalg: norm, inv, svd.
import numpy as np

A = np.array([[4.0, 7.0], [2.0, 6.0]])
print(np.linalg.inv(A))
print(np.allclose(A @ np.linalg.inv(A), np.eye(2)))
print(np.linalg.norm(A), np.linalg.norm(A, ord=1), np.linalg.norm(A, ord=np.inf))
print(np.linalg.norm(np.array([1.0, -2.0, 2.0]), ord=1), np.linalg.norm(np.array([3.0, 4.0]), ord=np.inf))
U, S, Vt = np.linalg.svd(np.array([[3.0, 0.0], [0.0, 4.0], [0.0, 0.0]]))
print(S, U.shape, Vt.shape)
print(np.round(np.linalg.norm(A, ord=2), 8))

# expect: [[ 0.6 -0.7]
# expect:  [-0.2  0.4]]
# expect: True
# expect: 10.246950765959598 13.0 11.0
# expect: 5.0 4.0
# expect: [4. 3.] (3, 3) (2, 2)
# expect: 10.19994217
