# Reductions along axis 0 of a single column (softmax's e_x.sum(axis=0)): sums pairwise as numpy does, max/min with NaN, ints, bools, keepdims
import numpy as np
np.random.seed(0)
z = np.random.randn(27, 1) * 1e3
print(repr(z.sum(axis=0)), repr(np.sum(z, axis=0, keepdims=True)), repr(z.max(axis=0)), repr(np.min(z, axis=-2)), repr(z.mean(axis=0)))
w = np.random.randn(130, 1)
print(repr(w.sum(axis=0)), repr(np.sum(w, axis=0, keepdims=True)))
i = np.arange(10).reshape(10, 1)
print(repr(i.sum(axis=0)), repr(i.max(axis=0)), repr(i.mean(axis=0)))
n = np.array([[1.0], [np.nan], [3.0]])
print(repr(n.max(axis=0)), repr(n.sum(axis=0)))
b = np.array([[True], [False]])
print(repr(b.sum(axis=0)), repr(b.any(axis=0)), repr(b.all(axis=0)))

# expect: array([10470.73928366]) array([[10470.73928366]]) array([2269.75462399]) array([-2552.98981583]) array([387.80515865])
# expect: array([8.77541714]) array([[8.77541714]])
# expect: array([45]) array([9]) array([4.5])
# expect: array([nan]) array([nan])
# expect: array([1]) array([ True]) array([False])
