# The planar-data assignment's helper, exactly as the course writes it, over a fixed rule.
import numpy as np
import matplotlib.pyplot as plt

def load_planar_dataset():
    np.random.seed(1)
    m = 400
    N = int(m/2)
    D = 2
    X = np.zeros((m,D))
    Y = np.zeros((m,1), dtype='uint8')
    a = 4
    for j in range(2):
        ix = range(N*j,N*(j+1))
        t = np.linspace(j*3.12,(j+1)*3.12,N) + np.random.randn(N)*0.2
        r = a*np.sin(4*t) + np.random.randn(N)*0.2
        X[ix] = np.c_[r*np.sin(t), r*np.cos(t)]
        Y[ix] = j
    X = X.T
    Y = Y.T
    return X, Y

def plot_decision_boundary(model, X, y):
    x_min, x_max = X[0, :].min() - 1, X[0, :].max() + 1
    y_min, y_max = X[1, :].min() - 1, X[1, :].max() + 1
    h = 0.01
    xx, yy = np.meshgrid(np.arange(x_min, x_max, h), np.arange(y_min, y_max, h))
    Z = model(np.c_[xx.ravel(), yy.ravel()])
    Z = Z.reshape(xx.shape)
    plt.contourf(xx, yy, Z, cmap=plt.cm.Spectral)
    plt.ylabel('x2')
    plt.xlabel('x1')
    plt.scatter(X[0, :], X[1, :], c=y, cmap=plt.cm.Spectral)

X, Y = load_planar_dataset()
print(X.shape, Y.shape)
plt.scatter(X[0, :], X[1, :], c=Y, s=40, cmap=plt.cm.Spectral)
plt.show()

def predict(x):
    return (x[:, 0] * x[:, 1] > 0) * 1.0

plot_decision_boundary(lambda x: predict(x), X, Y)
plt.title("Decision Boundary for a quadrant rule")
plt.show()
plot_decision_boundary(lambda x: predict(x), X, Y.ravel())
plt.title("Labels flattened")

# expect: (2, 400) (1, 400)
# expect plot: 400 points in 2 classes
# expect plot: Decision Boundary for a quadrant rule: 1008x1030 field from 0 to 1; boundary: 203 of 400 training points misclassified
# expect row 0: x2           Decision Boundary for a quadrant rule
# expect row 1:   │                             ████████████████████████████
# expect row 8:   │████████████●●●●●█●●●█●●●█××××●×●● ● ● ●●● ●
# expect plot: Labels flattened: 1008x1030 field from 0 to 1; boundary: 203 of 400 training points misclassified
