# The out= argument of ufuncs writes the result into an existing array and returns that array.
import numpy as np

a = np.arange(6.0).reshape(2, 3)
r = np.multiply(a, 2, out=a)
print(r is a, a)
c = np.zeros((2, 3))
print(np.add(a, 1, c) is c, c)
print(np.subtract(a, np.array([1.0, 2.0, 3.0]), out=(c,)) is c, c)
v = a[:, 1]
np.exp(v, out=v)
print(np.round(a, 3))
np.add(a, a[::-1], out=a)
print(np.round(a, 3))
b = np.arange(5)
np.subtract(10, b, out=b)
print(b, b.dtype)
x = np.array([-1.0, 2.0, -3.0, 0.5])
np.maximum(x, 0, x)
print(x)
np.minimum(x, 1, out=x)
print(x)
i = np.arange(4)
np.add(i, 2, out=i)
f = np.zeros(4)
np.multiply(i, i, out=f)
print(i, f, f.dtype)
g = np.zeros(3)
np.greater(np.array([1, 5, 3]), 2, out=g)
print(g)
stretched = np.zeros((2, 3))
np.add(np.ones(3), np.array([1.0, 2.0, 3.0]), out=stretched)
print(stretched)
z = np.zeros(())
print(np.add(2, 3, out=z), np.add(2, 3, out=None))
w = np.zeros(3)
np.sqrt(np.array([4.0, 9.0, 16.0]), out=w, where=np.array([True, False, True]))
print(w)
h = np.ones(4)
np.log1p(h, out=h)
np.tanh(h, h)
np.power(h, 2, out=h)
np.divide(h, 4, out=h)
np.negative(h, out=h)
np.abs(h, out=h)
print(h)
m = np.array([[1.0, -2.0], [3.0, -4.0]])
col = m[:, 1]
np.abs(col, out=col)
print(m)
bools = np.zeros(3, dtype=bool)
np.logical_and(np.array([1, 0, 1]), np.array([1, 1, 0]), out=bools)
print(bools)


def attempt(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ if type(e) in (TypeError, ValueError) else "TypeError subclass", isinstance(e, TypeError), e)


ints = np.zeros(3, dtype=int)
attempt(lambda: np.add(np.ones(3), 1, out=ints))
attempt(lambda: np.exp(np.arange(3), out=ints))
attempt(lambda: np.divide(np.arange(3), 2, out=ints))
attempt(lambda: np.add(np.arange(3), 1, out=np.zeros(3, dtype=bool)))
attempt(lambda: np.add(np.ones(3), 1, out=np.zeros(4)))
attempt(lambda: np.add(np.ones((2, 3)), 1, out=np.zeros(3)))
attempt(lambda: np.add(np.ones(3), 1, out=np.zeros((3, 1))))
attempt(lambda: np.add(np.ones((2, 3)), np.ones(4), out=np.zeros((2, 3))))
attempt(lambda: np.add(np.ones((2, 3)), np.ones(4), out=np.zeros(3, dtype=int)))
attempt(lambda: np.add(np.ones(3), 1, out=[0, 0, 0]))
attempt(lambda: np.exp(np.ones(3), 5))
attempt(lambda: np.add(np.ones(3), 1, out=(np.zeros(3), np.zeros(3))))
attempt(lambda: np.exp(np.ones(2), np.zeros(2), out=np.zeros(2)))
attempt(lambda: np.add(1, 2, 3, 4))
attempt(lambda: np.negative(np.ones(3, dtype=bool), out=np.zeros(3)))
print(ints)
np.multiply(np.arange(3), 0.5, out=ints)

# expect: True [[ 0.  2.  4.]
# expect:  [ 6.  8. 10.]]
# expect: True [[ 1.  3.  5.]
# expect:  [ 7.  9. 11.]]
# expect: True [[-1.  0.  1.]
# expect:  [ 5.  6.  7.]]
# expect: [[   0.       7.389    4.   ]
# expect:  [   6.    2980.958   10.   ]]
# expect: [[   6.    2988.347   14.   ]
# expect:  [   6.    2988.347   14.   ]]
# expect: [10  9  8  7  6] int64
# expect: [0.  2.  0.  0.5]
# expect: [0.  1.  0.  0.5]
# expect: [2 3 4 5] [ 4.  9. 16. 25.] float64
# expect: [0. 1. 1.]
# expect: [[2. 3. 4.]
# expect:  [2. 3. 4.]]
# expect: 5.0 5
# expect: [2. 0. 4.]
# expect: [0.09 0.09 0.09 0.09]
# expect: [[1. 2.]
# expect:  [3. 4.]]
# expect: [ True False False]
# expect: TypeError subclass True Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'
# expect: TypeError subclass True Cannot cast ufunc 'exp' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'
# expect: TypeError subclass True Cannot cast ufunc 'divide' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'
# expect: TypeError subclass True Cannot cast ufunc 'add' output from dtype('int64') to dtype('bool') with casting rule 'same_kind'
# expect: ValueError False operands could not be broadcast together with shapes (3,) () (4,) 
# expect: ValueError False non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)
# expect: ValueError False non-broadcastable output operand with shape (3,1) doesn't match the broadcast shape (3,3)
# expect: ValueError False operands could not be broadcast together with shapes (2,3) (4,) (2,3) 
# expect: TypeError subclass True Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'
# expect: TypeError True return arrays must be of ArrayType
# expect: TypeError True return arrays must be of ArrayType
# expect: ValueError False The 'out' tuple must have exactly one entry per ufunc output
# expect: TypeError True cannot specify 'out' as both a positional and keyword argument
# expect: TypeError True add() takes from 2 to 3 positional arguments but 4 were given
# expect: TypeError True The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.
# expect: [0 0 0]
# expect error: numpy._core._exceptions._UFuncOutputCastingError: Cannot cast ufunc 'multiply' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'
