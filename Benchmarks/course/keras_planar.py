# Course 1, week 3 in Keras: one hidden layer of 4 tanh units on the planar "flower", trained with Adam.
# Under `backprop run` the model is tf.keras on NeuralCore; under python3 (no TensorFlow) the same
# model, optimizer and batches are written by hand in numpy.
# Benchmark size: small arrays (4 hidden units): goal 2x numpy
import numpy as np

try:
    import tensorflow as tf
    HAVE_KERAS = True
except ImportError:
    HAVE_KERAS = False

EPOCHS, BATCH, RATE = 300, 40, 0.05


def load_planar_dataset():
    np.random.seed(1)
    m = 400
    N = int(m / 2)
    X = np.zeros((m, 2))
    Y = np.zeros((m, 1))
    for j in range(2):
        ix = range(N * j, N * (j + 1))
        t = np.linspace(j * 3.12, (j + 1) * 3.12, N) + np.random.randn(N) * 0.2
        r = 4 * np.sin(4 * t) + np.random.randn(N) * 0.2
        X[ix] = np.c_[r * np.sin(t), r * np.cos(t)]
        Y[ix] = j
    return X, Y


def glorot(n_in, n_out):
    limit = np.sqrt(6 / (n_in + n_out))
    return np.random.uniform(-limit, limit, (n_in, n_out))


def train_by_hand(X, Y):
    np.random.seed(0)
    p = {"W1": glorot(2, 4), "b1": np.zeros(4), "W2": glorot(4, 1), "b2": np.zeros(1)}
    m = {k: np.zeros_like(v) for k, v in p.items()}
    v = {k: np.zeros_like(w) for k, w in p.items()}
    t = 0
    for epoch in range(EPOCHS):
        order = np.random.permutation(len(X))
        for start in range(0, len(X), BATCH):
            idx = order[start:start + BATCH]
            x, y = X[idx], Y[idx]
            h = np.tanh(x @ p["W1"] + p["b1"])
            a = 1 / (1 + np.exp(-(h @ p["W2"] + p["b2"])))
            dz = (a - y) / len(x)
            dh = dz @ p["W2"].T * (1 - h ** 2)
            g = {"W2": h.T @ dz, "b2": dz.sum(0), "W1": x.T @ dh, "b1": dh.sum(0)}
            t += 1
            for k in p:
                m[k] = 0.9 * m[k] + 0.1 * g[k]
                v[k] = 0.999 * v[k] + 0.001 * g[k] ** 2
                mh, vh = m[k] / (1 - 0.9 ** t), v[k] / (1 - 0.999 ** t)
                p[k] -= RATE * mh / (np.sqrt(vh) + 1e-7)
    a = 1 / (1 + np.exp(-(np.tanh(X @ p["W1"] + p["b1"]) @ p["W2"] + p["b2"])))
    return np.mean((a > 0.5) == (Y == 1))


def train_keras(X, Y):
    from tensorflow.keras import layers
    model = tf.keras.Sequential([layers.Dense(4, activation="tanh", input_shape=(2,)),
                                 layers.Dense(1, activation="sigmoid")])
    model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=RATE),
                  loss="binary_crossentropy", metrics=["accuracy"])
    model.fit(X, Y, epochs=EPOCHS, batch_size=BATCH, verbose=0)
    return model.evaluate(X, Y, verbose=0)[1]


X, Y = load_planar_dataset()
accuracy = train_keras(X, Y) if HAVE_KERAS else train_by_hand(X, Y)
print("training accuracy above 88%:", accuracy > 0.88)
