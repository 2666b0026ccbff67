# Course 2, week 2 in Keras: three ReLU layers of 16 units on the moons, trained with Adam.
# Under `backprop run` the model is tf.keras on NeuralCore; under python3 (no TensorFlow) the same
# model, optimizer and batches are written by hand in numpy.
# Benchmark size: small arrays (layers of 16 units): goal 2x numpy
import math
import numpy as np

try:
    import tensorflow as tf
    HAVE_KERAS = True
except ImportError:
    HAVE_KERAS = False

EPOCHS, BATCH, RATE, UNITS = 100, 64, 0.05, 16


def load_moons(n_samples=300, noise=0.15):
    np.random.seed(3)
    n_out = n_samples // 2
    n_in = n_samples - n_out
    outer = np.linspace(0, math.pi, n_out)
    inner = np.linspace(0, math.pi, n_in)
    X = np.vstack([np.append(np.cos(outer), 1 - np.cos(inner)),
                   np.append(np.sin(outer), 1 - np.sin(inner) - 0.5)]).T
    X = X + np.random.randn(n_samples, 2) * noise
    y = np.hstack([np.zeros(n_out), np.ones(n_in)])
    return X, y.reshape((n_samples, 1))


def glorot(n_in, n_out):
    limit = np.sqrt(6 / (n_in + n_out))
    return np.random.uniform(-limit, limit, (n_in, n_out))


def train_by_hand(X, Y):
    np.random.seed(0)
    sizes = [2, UNITS, UNITS, UNITS, 1]
    W = [glorot(a, b) for a, b in zip(sizes[:-1], sizes[1:])]
    b = [np.zeros(n) for n in sizes[1:]]
    params = W + b
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    t = 0
    for epoch in range(EPOCHS):
        order = np.random.permutation(len(X))
        for start in range(0, len(X), BATCH):
            idx = order[start:start + BATCH]
            acts = [X[idx]]
            for l in range(3):
                acts.append(np.maximum(0, acts[-1] @ W[l] + b[l]))
            a = 1 / (1 + np.exp(-(acts[-1] @ W[3] + b[3])))
            dz = (a - Y[idx]) / len(idx)
            gW, gb = [None] * 4, [None] * 4
            for l in range(3, -1, -1):
                gW[l], gb[l] = acts[l].T @ dz, dz.sum(0)
                if l > 0:
                    dz = (dz @ W[l].T) * (acts[l] > 0)
            t += 1
            for i, g in enumerate(gW + gb):
                m[i] = 0.9 * m[i] + 0.1 * g
                v[i] = 0.999 * v[i] + 0.001 * g ** 2
                params[i] -= RATE * (m[i] / (1 - 0.9 ** t)) / (np.sqrt(v[i] / (1 - 0.999 ** t)) + 1e-7)
    a = X
    for l in range(3):
        a = np.maximum(0, a @ W[l] + b[l])
    a = 1 / (1 + np.exp(-(a @ W[3] + b[3])))
    return np.mean((a > 0.5) == (Y == 1))


def train_keras(X, Y):
    from tensorflow.keras import layers, models, optimizers
    model = models.Sequential([layers.Dense(UNITS, activation="relu", input_shape=(2,)),
                               layers.Dense(UNITS, activation="relu"),
                               layers.Dense(UNITS, activation="relu"),
                               layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer=optimizers.Adam(learning_rate=RATE), loss="binary_crossentropy",
                  metrics=["accuracy"])
    model.fit(X, Y, epochs=EPOCHS, batch_size=BATCH, verbose=0)
    return model.evaluate(X, Y, verbose=0)[1]


X, Y = load_moons()
accuracy = train_keras(X, Y) if HAVE_KERAS else train_by_hand(X, Y)
print("training accuracy above 95%:", accuracy > 0.95)
