# A small conv net in Keras on synthetic 12 x 12 images of four shapes (horizontal and vertical
# strokes, square outlines, diagonals), measured on images it never saw.
# Under `backprop run` the model is tf.keras on NeuralCore; under python3 (no TensorFlow) the same
# model, optimizer and batches are written by hand in numpy (im2col convolution).
# Benchmark size: small arrays (12 x 12 images): goal 2x numpy
import numpy as np

try:
    import tensorflow as tf
    HAVE_KERAS = True
except ImportError:
    HAVE_KERAS = False

SIZE, FILTERS, EPOCHS, BATCH, RATE = 12, 8, 10, 32, 0.01


def make_shapes(n, seed):
    np.random.seed(seed)
    X = np.zeros((n, SIZE, SIZE, 1))
    y = np.zeros(n)
    for i in range(n):
        c = i % 4
        img = np.zeros((SIZE, SIZE))
        L = np.random.randint(SIZE // 2, SIZE)
        r = np.random.randint(0, SIZE - L + 1)
        q = np.random.randint(0, SIZE - L + 1)
        if c == 0:
            img[r + L // 2, q:q + L] = 1
        elif c == 1:
            img[r:r + L, q + L // 2] = 1
        elif c == 2:
            img[r, q:q + L] = 1
            img[r + L - 1, q:q + L] = 1
            img[r:r + L, q] = 1
            img[r:r + L, q + L - 1] = 1
        else:
            for k in range(L):
                img[r + k, q + k] = 1
        X[i, :, :, 0] = img + np.random.randn(SIZE, SIZE) * 0.1
        y[i] = c
    return X, y


def glorot(shape, fan_in, fan_out):
    limit = np.sqrt(6 / (fan_in + fan_out))
    return np.random.uniform(-limit, limit, shape)


def im2col(x):
    # (N, S, S, 1) padded 'same' -> (N*S*S, 9): each row a 3 x 3 window.
    n = x.shape[0]
    xp = np.pad(x[:, :, :, 0], ((0, 0), (1, 1), (1, 1)))
    windows = np.lib.stride_tricks.sliding_window_view(xp, (3, 3), axis=(1, 2))
    return windows.reshape(n * SIZE * SIZE, 9)


def forward(p, x):
    n = x.shape[0]
    cols = im2col(x)
    z = (cols @ p["K"] + p["bk"]).reshape(n, SIZE, SIZE, FILTERS)
    a = np.maximum(0, z)
    h = SIZE // 2
    blocks = a.reshape(n, h, 2, h, 2, FILTERS)
    pooled = blocks.max(axis=(2, 4))
    flat = pooled.reshape(n, -1)
    s = flat @ p["W"] + p["b"]
    e = np.exp(s - s.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True), (cols, z, blocks, pooled, flat)


def train_by_hand(X, y, XT, yT):
    np.random.seed(0)
    flat = (SIZE // 2) ** 2 * FILTERS
    p = {"K": glorot((9, FILTERS), 9, 9 * FILTERS), "bk": np.zeros(FILTERS),
         "W": glorot((flat, 4), flat, 4), "b": np.zeros(4)}
    m = {k: np.zeros_like(v) for k, v in p.items()}
    v = {k: np.zeros_like(w) for k, w in p.items()}
    t = 0
    for epoch in range(EPOCHS):
        order = np.random.permutation(len(X))
        for start in range(0, len(X), BATCH):
            idx = order[start:start + BATCH]
            n = len(idx)
            probs, (cols, z, blocks, pooled, flat_a) = forward(p, X[idx])
            ds = probs.copy()
            ds[np.arange(n), y[idx].astype(int)] -= 1
            ds /= n
            g = {"W": flat_a.T @ ds, "b": ds.sum(0)}
            dpooled = (ds @ p["W"].T).reshape(pooled.shape)
            mask = blocks == pooled[:, :, None, :, None, :]
            dblocks = mask * dpooled[:, :, None, :, None, :]
            dz = dblocks.reshape(z.shape) * (z > 0)
            dz2 = dz.reshape(-1, FILTERS)
            g["K"], g["bk"] = cols.T @ dz2, dz2.sum(0)
            t += 1
            for k in p:
                m[k] = 0.9 * m[k] + 0.1 * g[k]
                v[k] = 0.999 * v[k] + 0.001 * g[k] ** 2
                p[k] -= RATE * (m[k] / (1 - 0.9 ** t)) / (np.sqrt(v[k] / (1 - 0.999 ** t)) + 1e-7)
    return np.mean(forward(p, XT)[0].argmax(axis=1) == yT)


def train_keras(X, y, XT, yT):
    from tensorflow.keras import layers, models, optimizers
    model = models.Sequential([
        layers.Conv2D(FILTERS, 3, padding="same", activation="relu", input_shape=(SIZE, SIZE, 1)),
        layers.MaxPooling2D(2),
        layers.Flatten(),
        layers.Dense(4, activation="softmax")])
    model.compile(optimizer=optimizers.Adam(learning_rate=RATE),
                  loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(X, y, epochs=EPOCHS, batch_size=BATCH, verbose=0)
    return model.evaluate(XT, yT, verbose=0)[1]


X, y = make_shapes(400, 0)
XT, yT = make_shapes(200, 1)
accuracy = train_keras(X, y, XT, yT) if HAVE_KERAS else train_by_hand(X, y, XT, yT)
print("test accuracy above 90%:", accuracy > 0.9)
