# The L-layer network with caches, as course 1, week 4 writes it, plus L2 and dropout (course 2).
import numpy as np

def sigmoid(Z):
    return 1 / (1 + np.exp(-Z)), Z

def relu(Z):
    return np.maximum(0, Z), Z

def relu_backward(dA, cache):
    Z = cache
    dZ = np.array(dA, copy=True)
    dZ[Z <= 0] = 0
    return dZ

def sigmoid_backward(dA, cache):
    s = 1 / (1 + np.exp(-cache))
    return dA * s * (1 - s)

def initialize_parameters_deep(layer_dims):
    np.random.seed(3)
    parameters = {}
    L = len(layer_dims)
    for l in range(1, L):
        parameters['W' + str(l)] = np.random.randn(layer_dims[l], layer_dims[l - 1]) / np.sqrt(layer_dims[l - 1])
        parameters['b' + str(l)] = np.zeros((layer_dims[l], 1))
        assert(parameters['W' + str(l)].shape == (layer_dims[l], layer_dims[l - 1]))
    return parameters

def linear_activation_forward(A_prev, W, b, activation):
    Z = np.dot(W, A_prev) + b
    linear_cache = (A_prev, W, b)
    if activation == "sigmoid":
        A, activation_cache = sigmoid(Z)
    else:
        A, activation_cache = relu(Z)
    return A, (linear_cache, activation_cache)

def L_model_forward(X, parameters):
    caches = []
    A = X
    L = len(parameters) // 2
    for l in range(1, L):
        A, cache = linear_activation_forward(A, parameters['W' + str(l)], parameters['b' + str(l)], "relu")
        caches.append(cache)
    AL, cache = linear_activation_forward(A, parameters['W' + str(L)], parameters['b' + str(L)], "sigmoid")
    caches.append(cache)
    return AL, caches

def compute_cost(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cost = (1. / m) * (-np.dot(Y, np.log(AL).T) - np.dot(1 - Y, np.log(1 - AL).T))
    cost = np.squeeze(cost)
    assert(cost.shape == ())
    L = len(parameters) // 2
    l2 = sum(np.sum(np.square(parameters['W' + str(l)])) for l in range(1, L + 1))
    return cost + lambd / (2 * m) * l2

def linear_backward(dZ, cache, lambd):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    dW = 1. / m * np.dot(dZ, A_prev.T) + lambd / m * W
    db = 1. / m * np.sum(dZ, axis=1, keepdims=True)
    dA_prev = np.dot(W.T, dZ)
    return dA_prev, dW, db

def L_model_backward(AL, Y, caches, lambd):
    grads = {}
    L = len(caches)
    Y = Y.reshape(AL.shape)
    dAL = - (np.divide(Y, AL) - np.divide(1 - Y, 1 - AL))
    linear_cache, activation_cache = caches[L - 1]
    grads["dA" + str(L - 1)], grads["dW" + str(L)], grads["db" + str(L)] = linear_backward(sigmoid_backward(dAL, activation_cache), linear_cache, lambd)
    for l in reversed(range(L - 1)):
        linear_cache, activation_cache = caches[l]
        dA_prev, dW, db = linear_backward(relu_backward(grads["dA" + str(l + 1)], activation_cache), linear_cache, lambd)
        grads["dA" + str(l)] = dA_prev
        grads["dW" + str(l + 1)] = dW
        grads["db" + str(l + 1)] = db
    return grads

def update_parameters(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for l in range(L):
        parameters["W" + str(l + 1)] -= learning_rate * grads["dW" + str(l + 1)]
        parameters["b" + str(l + 1)] -= learning_rate * grads["db" + str(l + 1)]
    return parameters

np.random.seed(1)
X = np.random.randn(5, 60)
Y = (np.sum(X[:2] ** 2, axis=0, keepdims=True) > 1.5).astype(float)
parameters = initialize_parameters_deep([5, 4, 3, 1])
for i in range(300):
    AL, caches = L_model_forward(X, parameters)
    cost = compute_cost(AL, Y, parameters, 0.1)
    grads = L_model_backward(AL, Y, caches, 0.1)
    parameters = update_parameters(parameters, grads, 0.3)
    if i % 50 == 0:
        print("Cost after iteration %i: %f" % (i, cost))
print(sorted(grads.keys()))
print("accuracy: %.4f" % np.mean((AL > 0.5) == Y))

np.random.seed(1)
A1 = np.random.randn(3, 5)
keep_prob = 0.7
D1 = np.random.rand(A1.shape[0], A1.shape[1])
D1 = (D1 < keep_prob).astype(int)
A1 = A1 * D1 / keep_prob
print(D1)
print(np.round(A1, 4))

# expect: Cost after iteration 0: 0.682847
# expect: Cost after iteration 50: 0.617761
# expect: Cost after iteration 100: 0.597098
# expect: Cost after iteration 150: 0.563511
# expect: Cost after iteration 200: 0.454917
# expect: Cost after iteration 250: 0.301336
# expect: ['dA0', 'dA1', 'dA2', 'dW1', 'dW2', 'dW3', 'db1', 'db2', 'db3']
# expect: accuracy: 0.9167
# expect: [[0 0 1 1 1]
# expect:  [0 1 1 0 1]
# expect:  [1 1 1 0 1]]
# expect: [[ 0.     -0.     -0.7545 -1.5328  1.2363]
# expect:  [-0.      2.4926 -1.0874  0.     -0.3562]
# expect:  [ 2.0887 -2.9431 -0.4606 -0.      1.6197]]
