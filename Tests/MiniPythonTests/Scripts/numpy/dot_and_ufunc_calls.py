# Vector-matrix dot products on views and booleans, and ufunc calls with arrays and Python numbers
# in either position (the operator's fast path), with numpy's errors.
import numpy as np
np.random.seed(1)
W = np.random.randn(6, 4); x = np.random.randn(6); v = np.random.randn(4)
print(x.dot(W), np.dot(W, v), W.T.dot(x), np.dot(x[::2], W[::2]), np.dot(W[:, 1:3], v[1:3]))
b = np.array([True, False, True]); B = np.array([[True, False], [False, False], [True, True]])
print(np.dot(b, B), np.dot(B.T, b), np.dot(np.arange(3), np.ones((3, 2), dtype=int)))
print(np.multiply(W, 2), np.add(3, v), np.maximum(0, v), np.power(np.arange(4), 2), np.subtract(v, v[::-1]))
print(np.exp(v), np.tanh(W[0]), np.sqrt(np.abs(v)), np.log(np.arange(1, 4)))
try:
    np.power(np.arange(3), -1)
except ValueError as e:
    print(e)
print(np.multiply(2, 3), np.add(1.5, 2), np.divide(np.arange(3), 2))

# expect: [ 0.59657132  2.25483151 -2.44255363  0.94665535] [ 0.38904492 -0.24103554  0.61479365  0.52591714 -0.05405159 -0.73717766] [ 0.59657132  2.25483151 -2.44255363  0.94665535] [ 1.47028586 -0.28529142 -0.666794   -0.86954826] [ 0.60566172 -0.28584342 -0.90578208 -0.62672049  0.31928529 -1.0737217 ]
# expect: [ True  True] [ True  True] [3 3]
# expect: [[ 3.24869073 -1.22351283 -1.0563435  -2.14593724]
# expect:  [ 1.73081526 -4.60307739  3.48962353 -1.5224138 ]
# expect:  [ 0.63807819 -0.49874075  2.92421587 -4.12028142]
# expect:  [-0.64483441 -0.76810871  2.26753888 -2.19978253]
# expect:  [-0.34485642 -1.75571684  0.08442749  1.16563043]
# expect:  [-2.20123835  2.28944742  1.80318144  1.00498868]] [2.30833925 2.60324647 2.3128273  2.15479436] [0. 0. 0. 0.] [0 1 4 9] [ 0.15354489  0.29041917 -0.29041917 -0.15354489]
# expect: [0.50074377 0.67249976 0.50299618 0.42946903] [ 0.92525207 -0.5453623  -0.48398233 -0.79057703] [0.83166144 0.62988374 0.8289588  0.91935066] [0.         0.69314718 1.09861229]
# expect: Integers to negative integer powers are not allowed.
# expect: 6 3.5 [0.  0.5 1. ]
