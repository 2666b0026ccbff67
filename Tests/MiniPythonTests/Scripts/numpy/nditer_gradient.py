# cs231n's numerical gradient: np.nditer with multi_index and readwrite.
import numpy as np

def eval_numerical_gradient(f, x, h=0.00001):
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=['multi_index'], op_flags=['readwrite'])
    while not it.finished:
        ix = it.multi_index
        oldval = x[ix]
        x[ix] = oldval + h
        fxph = f(x)
        x[ix] = oldval - h
        fxmh = f(x)
        x[ix] = oldval
        grad[ix] = (fxph - fxmh) / (2 * h)
        it.iternext()
    return grad

x = np.array([[1.0, 2.0], [3.0, -1.0]])
g = eval_numerical_gradient(lambda v: np.sum(v ** 2), x)
print(np.round(g, 6))
print(np.max(np.abs(g - 2 * x)) < 1e-6)

# expect: [[ 2.  4.]
# expect:  [ 6. -2.]]
# expect: True
