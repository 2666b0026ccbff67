# Convolution forward with explicit loops, as course 4, week 1 writes it.
import numpy as np

def zero_pad(X, pad):
    return np.pad(X, ((0, 0), (pad, pad), (pad, pad), (0, 0)), mode='constant', constant_values=(0, 0))

def conv_single_step(a_slice_prev, W, b):
    s = np.multiply(a_slice_prev, W)
    Z = np.sum(s)
    Z = Z + b.item()
    return Z

def conv_forward(A_prev, W, b, hparameters):
    (m, n_H_prev, n_W_prev, n_C_prev) = A_prev.shape
    (f, f, n_C_prev, n_C) = W.shape
    stride = hparameters["stride"]
    pad = hparameters["pad"]
    n_H = int((n_H_prev - f + 2 * pad) / stride) + 1
    n_W = int((n_W_prev - f + 2 * pad) / stride) + 1
    Z = np.zeros((m, n_H, n_W, n_C))
    A_prev_pad = zero_pad(A_prev, pad)
    for i in range(m):
        a_prev_pad = A_prev_pad[i]
        for h in range(n_H):
            vert_start = h * stride
            vert_end = vert_start + f
            for w in range(n_W):
                horiz_start = w * stride
                horiz_end = horiz_start + f
                for c in range(n_C):
                    a_slice_prev = a_prev_pad[vert_start:vert_end, horiz_start:horiz_end, :]
                    weights = W[:, :, :, c]
                    biases = b[:, :, :, c]
                    Z[i, h, w, c] = conv_single_step(a_slice_prev, weights, biases)
    return Z

def pool_forward(A_prev, f, stride):
    (m, n_H_prev, n_W_prev, n_C) = A_prev.shape
    n_H = int(1 + (n_H_prev - f) / stride)
    n_W = int(1 + (n_W_prev - f) / stride)
    A = np.zeros((m, n_H, n_W, n_C))
    for i in range(m):
        for h in range(n_H):
            for w in range(n_W):
                for c in range(n_C):
                    a_prev_slice = A_prev[i, h * stride:h * stride + f, w * stride:w * stride + f, c]
                    A[i, h, w, c] = np.max(a_prev_slice)
    return A

np.random.seed(1)
A_prev = np.random.randn(2, 5, 7, 4)
W = np.random.randn(3, 3, 4, 8)
b = np.random.randn(1, 1, 1, 8)
Z = conv_forward(A_prev, W, b, {"pad": 1, "stride": 2})
print("Z's mean =\n", np.mean(Z))
print("Z[0,2,1] =\n", Z[0, 2, 1])
print(Z.shape)
A = pool_forward(A_prev, 3, 1)
print(A.shape, A[1, 1])

# expect: Z's mean =
# expect:  0.5511276474566768
# expect: Z[0,2,1] =
# expect:  [-2.17796037  8.07171329 -0.5772704   3.36286738  4.48113645 -2.89198428
# expect:  10.99288867  3.03171932]
# expect: (2, 3, 4, 8)
# expect: (2, 3, 5, 4) [[2.52832571 2.44936865 0.81095167 1.95487808]
# expect:  [2.52832571 1.9560789  0.68006984 1.95487808]
# expect:  [1.33145711 1.9560789  0.68006984 1.29322588]
# expect:  [1.11438298 1.9560789  1.40754    1.29322588]
# expect:  [1.90465871 1.1110567  1.55880554 0.87583893]]
