# Logistic regression as the Deep Learning Specialization writes it (course 1, week 2).
import numpy as np

def sigmoid(z):
    return 1 / (1 + np.exp(-z))

def initialize_with_zeros(dim):
    w = np.zeros((dim, 1))
    b = 0.0
    return w, b

def propagate(w, b, X, Y):
    m = X.shape[1]
    A = sigmoid(np.dot(w.T, X) + b)
    cost = -1 / m * np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A))
    dw = 1 / m * np.dot(X, (A - Y).T)
    db = 1 / m * np.sum(A - Y)
    cost = np.squeeze(np.array(cost))
    grads = {"dw": dw, "db": db}
    return grads, cost

def optimize(w, b, X, Y, num_iterations=100, learning_rate=0.009, print_cost=False):
    costs = []
    for i in range(num_iterations):
        grads, cost = propagate(w, b, X, Y)
        dw = grads["dw"]
        db = grads["db"]
        w = w - learning_rate * dw
        b = b - learning_rate * db
        if i % 100 == 0:
            costs.append(cost)
            if print_cost:
                print("Cost after iteration %i: %f" % (i, cost))
    params = {"w": w, "b": b}
    grads = {"dw": dw, "db": db}
    return params, grads, costs

def predict(w, b, X):
    m = X.shape[1]
    Y_prediction = np.zeros((1, m))
    w = w.reshape(X.shape[0], 1)
    A = sigmoid(np.dot(w.T, X) + b)
    for i in range(A.shape[1]):
        if A[0, i] > 0.5:
            Y_prediction[0, i] = 1
        else:
            Y_prediction[0, i] = 0
    return Y_prediction

w, b, X, Y = np.array([[1.], [2.]]), 2., np.array([[1., 2., -1.], [3., 4., -3.2]]), np.array([[1, 0, 1]])
grads, cost = propagate(w, b, X, Y)
print("dw = " + str(grads["dw"]))
print("db = " + str(grads["db"]))
print("cost = " + str(np.round(cost, 10)))

np.random.seed(1)
X_train = np.random.randn(4, 50)
Y_train = (X_train[0:1, :] + 0.5 * X_train[1:2, :] > 0).astype(float)
w, b = initialize_with_zeros(4)
params, grads, costs = optimize(w, b, X_train, Y_train, num_iterations=1000, learning_rate=0.1, print_cost=True)
Y_prediction_train = predict(params["w"], params["b"], X_train)
print("train accuracy: {} %".format(100 - np.mean(np.abs(Y_prediction_train - Y_train)) * 100))
print(np.round(params["w"].T, 6))

# expect: dw = [[0.99845601]
# expect:  [2.39507239]]
# expect: db = 0.001455578136784208
# expect: cost = 5.8015453194
# expect: Cost after iteration 0: 0.693147
# expect: Cost after iteration 100: 0.270098
# expect: Cost after iteration 200: 0.204745
# expect: Cost after iteration 300: 0.174999
# expect: Cost after iteration 400: 0.157032
# expect: Cost after iteration 500: 0.144629
# expect: Cost after iteration 600: 0.135368
# expect: Cost after iteration 700: 0.128092
# expect: Cost after iteration 800: 0.122163
# expect: Cost after iteration 900: 0.117201
# expect: train accuracy: 96.0 %
# expect: [[ 4.696875  2.322343 -0.064288  0.091955]]
