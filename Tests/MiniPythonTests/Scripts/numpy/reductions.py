# Reductions with axis, tuples of axes and keepdims.
import numpy as np

np.random.seed(0)
X = np.random.randn(4, 5)
print(np.sum(X), X.sum(axis=0), X.sum(axis=1, keepdims=True))
print(X.mean(), X.mean(axis=0))
print(X.max(), X.min(axis=1), X.argmax(), X.argmax(axis=0), np.argmin(X, axis=1))
print(X.std(), X.var(axis=1), np.std(X, axis=0, keepdims=True))
A = np.arange(24).reshape(2, 3, 4)
print(A.sum(axis=(0, 2)), A.sum(axis=-1), A.prod(axis=0))
print(np.cumsum(np.array([1, 2, 3, 4])), np.cumsum(A[0], axis=1))
print(np.all(A > -1), np.any(A > 22), (A > 5).all(axis=2))
print(np.count_nonzero(A % 3 == 0), np.nansum(np.array([1.0, np.nan, 2.0])))
print(np.mean(np.array([1, 2, 3, 4])), np.max(np.array([1, 5, 2])), np.sum(np.array([True, True, False])))
scores = np.array([[1.0, 2.0, 3.0], [1.0, 5.0, 0.0]])
shifted = scores - np.max(scores, axis=1, keepdims=True)
probs = np.exp(shifted) / np.sum(np.exp(shifted), axis=1, keepdims=True)
print(probs)
print(probs.sum(axis=1))
print(np.linalg.norm(X), np.linalg.norm(X, axis=1), np.linalg.norm(np.array([3, 4])))

# expect: 11.386691858912695 [1.26449236 4.29859821 1.38326024 2.57241707 1.86792399] [[7.25139873]
# expect:  [0.12883298]
# expect:  [2.92489305]
# expect:  [1.0815671 ]]
# expect: 0.5693345929456347 [0.31612309 1.07464955 0.34581506 0.64310427 0.466981  ]
# expect: 2.240893199201458 [ 0.40015721 -0.97727788  0.12167502 -0.85409574] 3 [0 3 0 0 0] [1 0 3 4]
# expect: 0.8501828003994658 [0.4445506  0.41131495 0.24313158 0.59584684] [[0.97459025 0.44454777 0.53003612 0.93417614 0.96314239]]
# expect: [ 60  92 124] [[ 6 22 38]
# expect:  [54 70 86]] [[  0  13  28  45]
# expect:  [ 64  85 108 133]
# expect:  [160 189 220 253]]
# expect: [ 1  3  6 10] [[ 0  1  3  6]
# expect:  [ 4  9 15 22]
# expect:  [ 8 17 27 38]]
# expect: True True [[False False  True]
# expect:  [ True  True  True]]
# expect: 8 3.0
# expect: 2.5 5 2
# expect: [[0.09003057 0.24472847 0.66524096]
# expect:  [0.01786798 0.97555875 0.00657326]]
# expect: [1. 1.]
# expect: 4.5759210500611776 [3.56921696 1.43523319 1.71074773 1.79253777] 5.0
