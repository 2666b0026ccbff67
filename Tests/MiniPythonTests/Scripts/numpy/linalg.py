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
M = np.array([[3.0, 1.0], [1.0, 2.0]])
print(np.linalg.solve(M, np.array([9.0, 8.0])))
print(np.linalg.solve(M, np.array([[9.0, 1.0], [8.0, 0.0]])))
print(np.allclose(M @ np.linalg.solve(M, np.arange(2.0)), np.arange(2.0)))
try:
    np.linalg.solve(np.zeros((2, 2)), np.ones(2))
except np.linalg.LinAlgError as error:
    print("LinAlgError:", error)
try:
    np.linalg.solve(M, np.ones(3))
except ValueError as error:
    print(error)

# expect: [[ 0.6 -0.7]
# expect:  [-0.2  0.4]]
# expect: True
# expect: 10.246950765959598 13.0 11.0
# expect: 5.0 4.0
# expect: [4. 3.] (3, 3) (2, 2)
# expect: 10.19994217
# expect: [2. 3.]
# expect: [[ 2.   0.4]
# expect:  [ 3.  -0.2]]
# expect: True
# expect: LinAlgError: Singular matrix
# expect: solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m) (size 3 is different from 2)
