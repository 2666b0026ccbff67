# cs231n-style layers and helpers: batch norm, max-pool backward, folds, clipping, one-hot, mini-batches.
import numpy as np

def batchnorm_forward(x, gamma, beta, eps=1e-5):
    mu = np.mean(x, axis=0)
    var = np.var(x, axis=0)
    x_hat = (x - mu) / np.sqrt(var + eps)
    return gamma * x_hat + beta, (x_hat, var, eps)

def batchnorm_backward(dout, gamma, cache):
    x_hat, var, eps = cache
    N = dout.shape[0]
    dgamma = np.sum(dout * x_hat, axis=0)
    dbeta = np.sum(dout, axis=0)
    dx_hat = dout * gamma
    dx = (1.0 / N) / np.sqrt(var + eps) * (N * dx_hat - np.sum(dx_hat, axis=0) - x_hat * np.sum(dx_hat * x_hat, axis=0))
    return dx, dgamma, dbeta

def max_pool_backward_naive(dout, x, pool):
    N, C, H, W = x.shape
    dx = np.zeros_like(x)
    for n in range(N):
        for c in range(C):
            for i in range(dout.shape[2]):
                for j in range(dout.shape[3]):
                    window = x[n, c, i * pool:(i + 1) * pool, j * pool:(j + 1) * pool]
                    r, s = np.unravel_index(np.argmax(window), window.shape)
                    dx[n, c, i * pool + r, j * pool + s] += dout[n, c, i, j]
    return dx

np.random.seed(231)
x = 5 * np.random.randn(6, 3) + 12
gamma, beta = np.ones(3), np.zeros(3)
out, cache = batchnorm_forward(x, gamma, beta)
print(np.round(out.mean(axis=0), 8), np.round(out.std(axis=0), 6))
dx, dgamma, dbeta = batchnorm_backward(np.random.randn(6, 3), gamma, cache)
print(np.round(dx, 6))
print(np.round(dgamma, 6), np.round(dbeta, 6))

x = np.random.randn(1, 2, 4, 4)
dout = np.arange(8.0).reshape(1, 2, 2, 2)
print(max_pool_backward_naive(dout, x, 2)[0, 1])

X_train = np.arange(20).reshape(10, 2)
folds = np.array_split(X_train, 3)
print([f.shape for f in folds])
print(np.concatenate(folds[:1] + folds[2:]).shape, np.split(np.arange(6), 3))

grad = np.array([[12.0, -0.5], [-30.0, 4.0]])
np.clip(grad, -5, 5, out=grad)
print(grad)
Y = np.array([2, 0, 1, 2])
print(np.eye(3)[Y.reshape(-1)].T)
permutation = list(np.random.permutation(5))
X = np.arange(10).reshape(2, 5)
print(X[:, permutation])
print(np.logspace(-3, 0, 4), np.diag(np.array([1, 2])), np.trace(np.arange(9).reshape(3, 3)))
print(np.prod(x.shape[1:]), x.reshape(x.shape[0], -1).shape)

# expect: [ 0.  0. -0.] [0.999999 1.       1.      ]
# expect: [[-0.000769  0.197244 -0.06475 ]
# expect:  [ 0.080082 -0.00558   0.115318]
# expect:  [ 0.05469  -0.227091 -0.039068]
# expect:  [-0.283407  0.024083  0.050591]
# expect:  [ 0.087937  0.142434 -0.094693]
# expect:  [ 0.061466 -0.13109   0.032602]]
# expect: [ 0.19677  -0.020597 -1.246119] [0.527962 0.983469 0.817215]
# expect: [[4. 0. 0. 5.]
# expect:  [0. 0. 0. 0.]
# expect:  [0. 6. 7. 0.]
# expect:  [0. 0. 0. 0.]]
# expect: [(4, 2), (3, 2), (3, 2)]
# expect: (7, 2) [array([0, 1]), array([2, 3]), array([4, 5])]
# expect: [[ 5.  -0.5]
# expect:  [-5.   4. ]]
# expect: [[0. 1. 0. 0.]
# expect:  [0. 0. 1. 0.]
# expect:  [1. 0. 0. 1.]]
# expect: [[3 0 2 4 1]
# expect:  [8 5 7 9 6]]
# expect: [0.001 0.01  0.1   1.   ] [[1 0]
# expect:  [0 2]] 12
# expect: 32 (1, 32)
