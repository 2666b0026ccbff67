# cs231n assignment 1: k-nearest neighbours with two-loop, one-loop and fully vectorised L2 distances.
# Benchmark size: large arrays (CIFAR-sized rows of 3072, 500 x 3072 matrices): goal no slower than numpy (1x)
import numpy as np


class KNearestNeighbor(object):
    def __init__(self):
        pass

    def train(self, X, y):
        self.X_train = X
        self.y_train = y

    def compute_distances_two_loops(self, X):
        num_test = X.shape[0]
        num_train = self.X_train.shape[0]
        dists = np.zeros((num_test, num_train))
        for i in range(num_test):
            for j in range(num_train):
                dists[i, j] = np.sqrt(np.sum((X[i] - self.X_train[j]) ** 2))
        return dists

    def compute_distances_one_loop(self, X):
        num_test = X.shape[0]
        num_train = self.X_train.shape[0]
        dists = np.zeros((num_test, num_train))
        for i in range(num_test):
            dists[i, :] = np.sqrt(np.sum((self.X_train - X[i]) ** 2, axis=1))
        return dists

    def compute_distances_no_loops(self, X):
        test_sq = np.sum(X ** 2, axis=1, keepdims=True)
        train_sq = np.sum(self.X_train ** 2, axis=1)
        cross = X.dot(self.X_train.T)
        return np.sqrt(np.maximum(test_sq + train_sq - 2 * cross, 0))

    def predict_labels(self, dists, k=1):
        num_test = dists.shape[0]
        y_pred = np.zeros(num_test)
        for i in range(num_test):
            closest_y = self.y_train[np.argsort(dists[i])[:k]]
            y_pred[i] = np.argmax(np.bincount(closest_y))
        return y_pred


np.random.seed(0)
num_classes, dim = 5, 3072
centres = np.random.randn(num_classes, dim)
y_train = np.random.randint(num_classes, size=500)
X_train = centres[y_train] + 14.0 * np.random.randn(500, dim)
y_test = np.random.randint(num_classes, size=50)
X_test = centres[y_test] + 14.0 * np.random.randn(50, dim)

classifier = KNearestNeighbor()
classifier.train(X_train, y_train)
dists = classifier.compute_distances_two_loops(X_test)
print("dists shape:", dists.shape)
print("dists[0, :4] =", dists[0, :4])
dists_one = classifier.compute_distances_one_loop(X_test)
print("one loop difference: %.6f" % np.linalg.norm(dists - dists_one, ord='fro'))
dists_two = classifier.compute_distances_no_loops(X_test)
print("no loop difference below 1e-6:", np.linalg.norm(dists - dists_two, ord='fro') < 1e-6)

for k in [1, 3, 5, 8, 10]:
    y_test_pred = classifier.predict_labels(dists, k=k)
    num_correct = np.sum(y_test_pred == y_test)
    print("k = %d: got %d / %d correct => accuracy: %f" % (k, num_correct, 50, float(num_correct) / 50))

num_folds = 5
X_train_folds = np.array_split(X_train, num_folds)
y_train_folds = np.array_split(y_train, num_folds)
for k in [1, 5, 10]:
    accuracies = []
    for fold in range(num_folds):
        X_tr = np.concatenate(X_train_folds[:fold] + X_train_folds[fold + 1:])
        y_tr = np.concatenate(y_train_folds[:fold] + y_train_folds[fold + 1:])
        classifier.train(X_tr, y_tr)
        pred = classifier.predict_labels(classifier.compute_distances_no_loops(X_train_folds[fold]), k=k)
        accuracies.append(np.mean(pred == y_train_folds[fold]))
    print("k = %d cross-validation accuracy: %.4f" % (k, np.mean(accuracies)))
