# The methods of ufuncs (np.add.at, reduce, accumulate, outer) and np.flatnonzero.
import numpy as np
def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, '|' + str(e) + '|')
a = np.zeros(3, int)
t(lambda: np.add.at(a, [0, 0], 0.5))
print(a)
t(lambda: np.add.at(a, [0, 5], 1))
t(lambda: np.add.at(a, [0, 1], [1, 2, 3]))
t(lambda: np.add.at(a, [0, 1]))
o = np.ones(3)
t(lambda: np.negative.at(o, [0, 0, 1]))
print(o)
b = np.zeros((3, 2))
np.add.at(b, np.array([[0, 2], [0, 0]]), np.ones((2, 2, 2)))
print(b)
counts = np.zeros(4, dtype=int)
np.add.at(counts, np.array([1, 3, 1, 1]), 1)
print(counts)
v = np.arange(10.0)
np.multiply.at(v[::2], [0, 1, 0], 2)
print(v)
t(lambda: np.add.reduce(np.arange(6).reshape(2, 3)))
t(lambda: np.add.reduce(np.arange(6).reshape(2, 3), axis=1))
t(lambda: np.add.reduce(np.array([True, True])))
t(lambda: np.subtract.reduce(np.arange(6).reshape(2, 3), axis=1))
t(lambda: np.subtract.reduce(np.arange(6).reshape(2, 3), axis=None))
t(lambda: np.divide.reduce(np.array([[8.0, 2.0, 2.0]]), axis=1, keepdims=True))
t(lambda: np.maximum.accumulate(np.array([1, 3, 2, 5])))
t(lambda: np.add.accumulate(np.array([[1, 3], [2, 5]])))
t(lambda: np.add.accumulate(np.array([[1, 3], [2, 5]]), axis=1))
t(lambda: np.multiply.outer([1, 2], [3, 4, 5]))
t(lambda: np.subtract.outer(np.arange(2.0), np.arange(3)))
t(lambda: np.exp.reduce([1, 2]))
t(lambda: np.exp.outer([1, 2], [1]))
t(lambda: np.add.reduce(np.arange(6).reshape(2, 3), axis=None))
t(lambda: np.add.reduce(np.arange(6).reshape(2, 3), axis=2))
t(lambda: np.add.nin)
t(lambda: np.logical_and.reduce([True, False]))
t(lambda: np.maximum.reduce(np.array([])))
t(lambda: np.maximum.reduce([3, 9, 2]))
t(lambda: np.flatnonzero(np.array([[0, 3], [2, 0]])))
t(lambda: np.flatnonzero(np.array([1, 0, 2, 1]) == 1))
np.random.seed(231)
x = np.asarray([[0, 3, 1], [2, 1, 0]])
W = np.random.randn(5, 3)
dout = np.random.randn(*W[x].shape)
dW = np.zeros_like(W)
np.add.at(dW, x, dout)
print(dW)
m = np.zeros((3, 3))
np.add.at(m, (np.array([0, 0, 2]), np.array([1, 1, 0])), np.array([1.0, 2.0, 3.0]))
np.add.at(m, (slice(None), 2), 5)
print(m)
t(lambda: np.add.at([1, 2], [0], 1))

# expect: ok None
# expect: [0 0 0]
# expect: IndexError |index 5 is out of bounds for axis 0 with size 3|
# expect: ValueError |array is not broadcastable to correct shape|
# expect: ValueError |second operand needed for ufunc|
# expect: ok None
# expect: [ 1. -1.  1.]
# expect: [[3. 3.]
# expect:  [0. 0.]
# expect:  [1. 1.]]
# expect: [0 3 0 1]
# expect: [0. 1. 4. 3. 4. 5. 6. 7. 8. 9.]
# expect: ok [3 5 7]
# expect: ok [ 3 12]
# expect: ok 2
# expect: ok [-3 -6]
# expect: ValueError |reduction operation 'subtract' is not reorderable, so at most one axis may be specified|
# expect: ok [[2.]]
# expect: ok [1 3 3 5]
# expect: ok [[1 3]
# expect:  [3 8]]
# expect: ok [[1 4]
# expect:  [2 7]]
# expect: ok [[ 3  4  5]
# expect:  [ 6  8 10]]
# expect: ok [[ 0. -1. -2.]
# expect:  [ 1.  0. -1.]]
# expect: ValueError |reduce only supported for binary functions|
# expect: ValueError |outer product only supported for binary functions|
# expect: ok 15
# expect: AxisError |axis 2 is out of bounds for array of dimension 2|
# expect: ok 2
# expect: ok False
# expect: ValueError |zero-size array to reduction operation maximum which has no identity|
# expect: ok 9
# expect: ok [1 2]
# expect: ok [0 3]
# expect: [[ 0.79888748  0.61405719  0.19403137]
# expect:  [-0.39472525  0.41237628  1.23468416]
# expect:  [ 0.23185863 -0.79725793  0.12001014]
# expect:  [ 0.12444653  0.99109251  0.03514666]
# expect:  [ 0.          0.          0.        ]]
# expect: [[0. 3. 5.]
# expect:  [0. 0. 5.]
# expect:  [3. 0. 5.]]
# expect: TypeError |first operand must be array|
