# Course 5, week 1: RNN and LSTM cells over time, and a character-level language model with sampling.
# Benchmark size: small arrays in loops over time (a hidden state of 50): goal 2x numpy
import numpy as np


def softmax(x):
    e_x = np.exp(x - np.max(x))
    return e_x / e_x.sum(axis=0)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def lstm_cell_forward(xt, a_prev, c_prev, parameters):
    Wf, bf = parameters["Wf"], parameters["bf"]
    Wi, bi = parameters["Wi"], parameters["bi"]
    Wc, bc = parameters["Wc"], parameters["bc"]
    Wo, bo = parameters["Wo"], parameters["bo"]
    Wy, by = parameters["Wy"], parameters["by"]
    concat = np.concatenate((a_prev, xt), axis=0)
    ft = sigmoid(np.dot(Wf, concat) + bf)
    it = sigmoid(np.dot(Wi, concat) + bi)
    cct = np.tanh(np.dot(Wc, concat) + bc)
    c_next = ft * c_prev + it * cct
    ot = sigmoid(np.dot(Wo, concat) + bo)
    a_next = ot * np.tanh(c_next)
    yt_pred = softmax(np.dot(Wy, a_next) + by)
    return a_next, c_next, yt_pred


def lstm_forward(x, a0, parameters):
    n_x, m, T_x = x.shape
    n_y, n_a = parameters["Wy"].shape
    a = np.zeros((n_a, m, T_x))
    c = np.zeros((n_a, m, T_x))
    y = np.zeros((n_y, m, T_x))
    a_next = a0
    c_next = np.zeros(a_next.shape)
    for t in range(T_x):
        a_next, c_next, yt = lstm_cell_forward(x[:, :, t], a_next, c_next, parameters)
        a[:, :, t] = a_next
        c[:, :, t] = c_next
        y[:, :, t] = yt
    return a, y, c


def initialize_parameters(n_a, n_x, n_y):
    np.random.seed(1)
    Wax = np.random.randn(n_a, n_x) * 0.01
    Waa = np.random.randn(n_a, n_a) * 0.01
    Wya = np.random.randn(n_y, n_a) * 0.01
    b = np.zeros((n_a, 1))
    by = np.zeros((n_y, 1))
    return {"Wax": Wax, "Waa": Waa, "Wya": Wya, "b": b, "by": by}


def rnn_step_forward(parameters, a_prev, x):
    Waa, Wax, Wya, by, b = parameters['Waa'], parameters['Wax'], parameters['Wya'], parameters['by'], parameters['b']
    a_next = np.tanh(np.dot(Wax, x) + np.dot(Waa, a_prev) + b)
    p_t = softmax(np.dot(Wya, a_next) + by)
    return a_next, p_t


def rnn_step_backward(dy, gradients, parameters, x, a, a_prev):
    gradients['dWya'] += np.dot(dy, a.T)
    gradients['dby'] += dy
    da = np.dot(parameters['Wya'].T, dy) + gradients['da_next']
    daraw = (1 - a * a) * da
    gradients['db'] += daraw
    gradients['dWax'] += np.dot(daraw, x.T)
    gradients['dWaa'] += np.dot(daraw, a_prev.T)
    gradients['da_next'] = np.dot(parameters['Waa'].T, daraw)
    return gradients


def update_parameters(parameters, gradients, lr):
    parameters['Wax'] += -lr * gradients['dWax']
    parameters['Waa'] += -lr * gradients['dWaa']
    parameters['Wya'] += -lr * gradients['dWya']
    parameters['b'] += -lr * gradients['db']
    parameters['by'] += -lr * gradients['dby']
    return parameters


def rnn_forward(X, Y, a0, parameters):
    vocab_size = parameters["by"].shape[0]
    x, a, y_hat = {}, {}, {}
    a[-1] = np.copy(a0)
    loss = 0
    for t in range(len(X)):
        x[t] = np.zeros((vocab_size, 1))
        if X[t] is not None:
            x[t][X[t]] = 1
        a[t], y_hat[t] = rnn_step_forward(parameters, a[t - 1], x[t])
        loss -= np.log(y_hat[t][Y[t], 0])
    cache = (y_hat, a, x)
    return loss, cache


def rnn_backward(X, Y, parameters, cache):
    gradients = {}
    (y_hat, a, x) = cache
    Waa, Wax, Wya, by, b = parameters['Waa'], parameters['Wax'], parameters['Wya'], parameters['by'], parameters['b']
    gradients['dWax'], gradients['dWaa'], gradients['dWya'] = np.zeros_like(Wax), np.zeros_like(Waa), np.zeros_like(Wya)
    gradients['db'], gradients['dby'] = np.zeros_like(b), np.zeros_like(by)
    gradients['da_next'] = np.zeros_like(a[0])
    for t in reversed(range(len(X))):
        dy = np.copy(y_hat[t])
        dy[Y[t]] -= 1
        gradients = rnn_step_backward(dy, gradients, parameters, x[t], a[t], a[t - 1])
    return gradients, a


def clip(gradients, maxValue):
    dWaa, dWax, dWya, db, dby = gradients['dWaa'], gradients['dWax'], gradients['dWya'], gradients['db'], gradients['dby']
    for gradient in [dWax, dWaa, dWya, db, dby]:
        np.clip(gradient, -maxValue, maxValue, out=gradient)
    return {"dWaa": dWaa, "dWax": dWax, "dWya": dWya, "db": db, "dby": dby}


def sample(parameters, char_to_ix, seed):
    Waa, Wax, Wya, by, b = parameters['Waa'], parameters['Wax'], parameters['Wya'], parameters['by'], parameters['b']
    vocab_size = by.shape[0]
    n_a = Waa.shape[1]
    x = np.zeros((vocab_size, 1))
    a_prev = np.zeros((n_a, 1))
    indices = []
    idx = -1
    counter = 0
    newline_character = char_to_ix['\n']
    while idx != newline_character and counter != 50:
        a = np.tanh(np.dot(Wax, x) + np.dot(Waa, a_prev) + b)
        z = np.dot(Wya, a) + by
        y = softmax(z)
        np.random.seed(counter + seed)
        idx = np.random.choice(list(range(vocab_size)), p=y.ravel())
        indices.append(idx)
        x = np.zeros((vocab_size, 1))
        x[idx] = 1
        a_prev = a
        seed += 1
        counter += 1
    if counter == 50:
        indices.append(char_to_ix['\n'])
    return indices


def optimize(X, Y, a_prev, parameters, learning_rate=0.01):
    loss, cache = rnn_forward(X, Y, a_prev, parameters)
    gradients, a = rnn_backward(X, Y, parameters, cache)
    gradients = clip(gradients, 5)
    parameters = update_parameters(parameters, gradients, learning_rate)
    return loss, gradients, a[len(X) - 1]


def get_initial_loss(vocab_size, seq_length):
    return -np.log(1.0 / vocab_size) * seq_length


def smooth(loss, cur_loss):
    return loss * 0.999 + cur_loss * 0.001


names = ["aachenosaurus", "aardonyx", "abelisaurus", "abrictosaurus", "acanthopholis", "achelousaurus",
         "acrocanthosaurus", "adamantisaurus", "aegyptosaurus", "albertosaurus", "allosaurus", "alvarezsaurus",
         "amargasaurus", "ankylosaurus", "apatosaurus", "archaeopteryx", "argentinosaurus", "bagaceratops",
         "barosaurus", "baryonyx", "brachiosaurus", "camarasaurus", "carnotaurus", "centrosaurus",
         "ceratosaurus", "coelophysis", "compsognathus", "corythosaurus", "deinonychus", "dilophosaurus",
         "diplodocus", "dracorex", "edmontosaurus", "euoplocephalus", "gallimimus", "giganotosaurus",
         "hadrosaurus", "herrerasaurus", "iguanodon", "kentrosaurus", "lambeosaurus", "maiasaura",
         "megalosaurus", "microraptor", "oviraptor", "pachycephalosaurus", "parasaurolophus", "plateosaurus",
         "protoceratops", "psittacosaurus", "saltasaurus", "spinosaurus", "stegosaurus", "styracosaurus",
         "therizinosaurus", "triceratops", "troodon", "tyrannosaurus", "utahraptor", "velociraptor"]
chars = sorted(list(set("\n".join(names) + "\n")))
char_to_ix = {ch: i for i, ch in enumerate(chars)}
ix_to_char = {i: ch for i, ch in enumerate(chars)}
vocab_size = len(chars)
print("vocab size:", vocab_size)

np.random.seed(1)
xt = np.random.randn(3, 10)
a_prev = np.random.randn(5, 10)
c_prev = np.random.randn(5, 10)
lstm_params = {}
for gate in ("f", "i", "c", "o"):
    lstm_params["W" + gate] = np.random.randn(5, 5 + 3)
    lstm_params["b" + gate] = np.random.randn(5, 1)
lstm_params["Wy"] = np.random.randn(2, 5)
lstm_params["by"] = np.random.randn(2, 1)
a_next, c_next, yt = lstm_cell_forward(xt, a_prev, c_prev, lstm_params)
print("a_next[4] =", a_next[4])
print("c_next[2] =", c_next[2])
x = np.random.randn(3, 10, 7)
a, y, c = lstm_forward(x, a_prev, lstm_params)
print("a[4][3][6] =", a[4][3][6], " y[1][4][3] =", y[1][4][3], " c[1][2][1] =", c[1][2][1])

n_a = 50
parameters = initialize_parameters(n_a, vocab_size, vocab_size)
loss = get_initial_loss(vocab_size, 7)
np.random.seed(0)
np.random.shuffle(names)
a_prev = np.zeros((n_a, 1))
for j in range(2000):
    index = j % len(names)
    X = [None] + [char_to_ix[ch] for ch in names[index]]
    Y = X[1:] + [char_to_ix["\n"]]
    curr_loss, gradients, a_prev = optimize(X, Y, a_prev, parameters, learning_rate=0.01)
    loss = smooth(loss, curr_loss)
    if j % 500 == 0:
        print("Iteration: %d, Loss: %f" % (j, loss))
        seed = 0
        for name in range(3):
            sampled_indices = sample(parameters, char_to_ix, seed)
            print("".join(ix_to_char[ix] for ix in sampled_indices).rstrip("\n"))
            seed += 1
