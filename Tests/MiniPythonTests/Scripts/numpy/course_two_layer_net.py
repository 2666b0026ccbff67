# A 2-layer tanh/sigmoid network as course 1, week 3 writes it.
import numpy as np

def sigmoid(x):
    return 1 / (1 + np.exp(-x))

def initialize_parameters(n_x, n_h, n_y):
    np.random.seed(2)
    W1 = np.random.randn(n_h, n_x) * 0.01
    b1 = np.zeros((n_h, 1))
    W2 = np.random.randn(n_y, n_h) * 0.01
    b2 = np.zeros((n_y, 1))
    return {"W1": W1, "b1": b1, "W2": W2, "b2": b2}

def forward_propagation(X, parameters):
    Z1 = np.dot(parameters["W1"], X) + parameters["b1"]
    A1 = np.tanh(Z1)
    Z2 = np.dot(parameters["W2"], A1) + parameters["b2"]
    A2 = sigmoid(Z2)
    return A2, {"Z1": Z1, "A1": A1, "Z2": Z2, "A2": A2}

def compute_cost(A2, Y):
    m = Y.shape[1]
    logprobs = np.multiply(np.log(A2), Y) + np.multiply(np.log(1 - A2), 1 - Y)
    return float(np.squeeze(-np.sum(logprobs) / m))

def backward_propagation(parameters, cache, X, Y):
    m = X.shape[1]
    W2 = parameters["W2"]
    A1, A2 = cache["A1"], cache["A2"]
    dZ2 = A2 - Y
    dW2 = 1 / m * np.dot(dZ2, A1.T)
    db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)
    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))
    dW1 = 1 / m * np.dot(dZ1, X.T)
    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)
    return {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}

def update_parameters(parameters, grads, learning_rate=1.2):
    for key in ["W1", "b1", "W2", "b2"]:
        parameters[key] = parameters[key] - learning_rate * grads["d" + key]
    return parameters

np.random.seed(1)
m = 200
X = np.random.randn(2, m)
Y = (X[0:1, :] * X[1:2, :] > 0).astype(int)
parameters = initialize_parameters(2, 4, 1)
for i in range(0, 500):
    A2, cache = forward_propagation(X, parameters)
    cost = compute_cost(A2, Y)
    grads = backward_propagation(parameters, cache, X, Y)
    parameters = update_parameters(parameters, grads)
    if i % 100 == 0:
        print("Cost after iteration %i: %f" % (i, cost))
A2, _ = forward_propagation(X, parameters)
predictions = (A2 > 0.5)
print("Accuracy: %d" % ((np.dot(Y, predictions.T) + np.dot(1 - Y, 1 - predictions.T)).item() / float(Y.size) * 100) + "%")

# expect: Cost after iteration 0: 0.693184
# expect: Cost after iteration 100: 0.658789
# expect: Cost after iteration 200: 0.512972
# expect: Cost after iteration 300: 0.373850
# expect: Cost after iteration 400: 0.335283
# expect: Accuracy: 87%
