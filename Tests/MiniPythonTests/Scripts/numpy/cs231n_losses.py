# cs231n's vectorized SVM and softmax losses, and k-nearest-neighbour distances.
import numpy as np

def svm_loss_vectorized(W, X, y, reg):
    num_train = X.shape[0]
    scores = X.dot(W)
    correct = scores[np.arange(num_train), y].reshape(-1, 1)
    margins = np.maximum(0, scores - correct + 1)
    margins[np.arange(num_train), y] = 0
    loss = np.sum(margins) / num_train + reg * np.sum(W * W)
    binary = (margins > 0).astype(float)
    binary[np.arange(num_train), y] = -np.sum(binary, axis=1)
    dW = X.T.dot(binary) / num_train + 2 * reg * W
    return loss, dW

def softmax_loss_vectorized(W, X, y, reg):
    num_train = X.shape[0]
    scores = X.dot(W)
    scores -= np.max(scores, axis=1, keepdims=True)
    probs = np.exp(scores) / np.sum(np.exp(scores), axis=1, keepdims=True)
    loss = -np.sum(np.log(probs[np.arange(num_train), y])) / num_train + reg * np.sum(W * W)
    dscores = probs.copy()
    dscores[np.arange(num_train), y] -= 1
    dW = X.T.dot(dscores) / num_train + 2 * reg * W
    return loss, dW

np.random.seed(0)
W = np.random.randn(10, 3) * 0.001
X = np.random.randn(6, 10)
y = np.array([0, 2, 1, 1, 0, 2])
loss, dW = svm_loss_vectorized(W, X, y, 0.1)
print("svm loss: %.6f" % loss, dW.shape, "%.6f" % np.linalg.norm(dW))
loss, dW = softmax_loss_vectorized(W, X, y, 0.1)
print("softmax loss: %.6f" % loss, "%.6f" % np.linalg.norm(dW))

X_train = np.random.randn(8, 4)
X_test = np.random.randn(3, 4)
dists = np.sqrt(np.sum(X_test ** 2, axis=1, keepdims=True) - 2 * X_test.dot(X_train.T) + np.sum(X_train ** 2, axis=1))
print(np.round(dists, 5))
y_train = np.array([0, 1, 1, 2, 0, 2, 1, 0])
for i in range(3):
    closest_y = y_train[np.argsort(dists[i])[:3]]
    print(closest_y, np.argmax(np.bincount(closest_y)))

# expect: svm loss: 1.995402 (10, 3) 2.399478
# expect: softmax loss: 1.097090 0.797704
# expect: [[1.60823 2.15194 2.99399 2.68311 3.78369 2.62861 1.81404 1.52059]
# expect:  [0.96602 2.06645 2.63771 2.69022 3.07554 3.28659 1.23115 2.0781 ]
# expect:  [1.50762 2.20049 3.0442  2.08311 3.25992 3.26397 1.7279  2.10852]]
# expect: [0 0 1] 0
# expect: [0 1 1] 1
# expect: [0 1 2] 0
