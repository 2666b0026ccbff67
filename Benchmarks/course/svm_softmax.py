# cs231n assignment 1: multiclass SVM and softmax losses, naive and vectorised, with numerical gradient checks.
# Benchmark size: large arrays (CIFAR-sized, 500 x 3073 by 3073 x 10): goal no slower than numpy (1x)
import numpy as np


def svm_loss_naive(W, X, y, reg):
    dW = np.zeros(W.shape)
    num_classes = W.shape[1]
    num_train = X.shape[0]
    loss = 0.0
    for i in range(num_train):
        scores = X[i].dot(W)
        correct_class_score = scores[y[i]]
        for j in range(num_classes):
            if j == y[i]:
                continue
            margin = scores[j] - correct_class_score + 1
            if margin > 0:
                loss += margin
                dW[:, j] += X[i]
                dW[:, y[i]] -= X[i]
    loss /= num_train
    dW /= num_train
    loss += reg * np.sum(W * W)
    dW += 2 * reg * W
    return loss, dW


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


def softmax_loss_naive(W, X, y, reg):
    loss = 0.0
    dW = np.zeros_like(W)
    num_train = X.shape[0]
    num_classes = W.shape[1]
    for i in range(num_train):
        scores = X[i].dot(W)
        scores -= np.max(scores)
        exp_scores = np.exp(scores)
        probs = exp_scores / np.sum(exp_scores)
        loss += -np.log(probs[y[i]])
        for j in range(num_classes):
            dW[:, j] += (probs[j] - (j == y[i])) * X[i]
    loss = loss / num_train + reg * np.sum(W * W)
    dW = dW / num_train + 2 * reg * W
    return loss, dW


def softmax_loss_vectorized(W, X, y, reg):
    num_train = X.shape[0]
    scores = X.dot(W)
    scores -= np.max(scores, axis=1, keepdims=True)
    exp_scores = np.exp(scores)
    probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True)
    loss = -np.sum(np.log(probs[np.arange(num_train), y])) / num_train + reg * np.sum(W * W)
    dscores = probs
    dscores[np.arange(num_train), y] -= 1
    dW = X.T.dot(dscores) / num_train + 2 * reg * W
    return loss, dW


def grad_check_sparse(f, x, analytic_grad, num_checks=10, h=1e-5):
    errors = []
    for i in range(num_checks):
        ix = tuple([np.random.randint(m) for m in x.shape])
        oldval = x[ix]
        x[ix] = oldval + h
        fxph = f(x)
        x[ix] = oldval - h
        fxmh = f(x)
        x[ix] = oldval
        grad_numerical = (fxph - fxmh) / (2 * h)
        grad_analytic = analytic_grad[ix]
        rel_error = abs(grad_numerical - grad_analytic) / (abs(grad_numerical) + abs(grad_analytic))
        errors.append(rel_error)
    return max(errors)


np.random.seed(0)
num_train, dim, num_classes = 500, 3073, 10
X = np.random.randn(num_train, dim)
X[:, -1] = 1.0
y = np.random.randint(num_classes, size=num_train)
W = np.random.randn(dim, num_classes) * 0.0001

loss, grad = svm_loss_naive(W, X, y, 0.000005)
print("svm naive loss: %f" % loss)
print("svm gradient check, max relative error below 1e-7:",
      grad_check_sparse(lambda w: svm_loss_naive(w, X, y, 0.0)[0], W, svm_loss_naive(W, X, y, 0.0)[1]) < 1e-7)
loss_v, grad_v = svm_loss_vectorized(W, X, y, 0.000005)
print("svm vectorized loss: %f, difference %e" % (loss_v, loss - loss_v))
print("svm gradient difference (Frobenius): %f" % np.linalg.norm(grad - grad_v, ord='fro'))

loss, grad = softmax_loss_naive(W, X, y, 0.0)
print("softmax naive loss: %f (sanity check: %f)" % (loss, -np.log(0.1)))
print("softmax gradient check, max relative error below 1e-6:",
      grad_check_sparse(lambda w: softmax_loss_naive(w, X, y, 0.0)[0], W, grad) < 1e-6)
loss_v, grad_v = softmax_loss_vectorized(W, X, y, 0.000005)
loss, grad = softmax_loss_naive(W, X, y, 0.000005)
print("softmax vectorized loss: %f, difference %e" % (loss_v, loss - loss_v))
print("softmax gradient difference (Frobenius): %f" % np.linalg.norm(grad - grad_v, ord='fro'))

learning_rate = 1e-7
for it in range(200):
    batch = np.random.choice(num_train, 200)
    loss, grad = svm_loss_vectorized(W, X[batch], y[batch], 2.5e4)
    W -= learning_rate * grad
    if it % 50 == 0:
        print("iteration %d / 200: loss %f" % (it, loss))
