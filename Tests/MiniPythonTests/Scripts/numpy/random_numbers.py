# np.random equals numpy's legacy generator value for value.
import numpy as np

np.random.seed(1)
print(np.random.randn(2, 3))
print(np.random.rand(3))
print(np.random.randint(0, 10, size=5), np.random.randint(5, size=(2, 2)))
print(np.random.permutation(6))
print(np.random.permutation(np.arange(4) * 10))
a = np.arange(5)
np.random.shuffle(a)
print(a)
print(np.random.choice(5, 3, replace=False), np.random.choice(np.array([10, 20, 30]), 4))
print(np.random.choice(3, 5, p=[0.1, 0.2, 0.7]))
print(np.random.uniform(-1, 1, (2, 2)))
print(np.random.normal(5, 2, 3))
print(np.random.random((2,)), np.random.random_sample(2))
np.random.seed(3)
W = np.random.randn(3, 2) * 0.01
print(W)

# expect: [[ 1.62434536 -0.61175641 -0.52817175]
# expect:  [-1.07296862  0.86540763 -2.3015387 ]]
# expect: [0.41919451 0.6852195  0.20445225]
# expect: [2 4 7 7 9] [[1 0]
# expect:  [1 1]]
# expect: [3 2 0 4 1 5]
# expect: [30 20  0 10]
# expect: [0 1 2 4 3]
# expect: [4 1 3] [20 20 10 10]
# expect: [2 2 2 0 2]
# expect: [[ 0.97772218  0.49633131]
# expect:  [-0.43911202  0.57855866]]
# expect: [4.75421955 3.12846113 4.46422384]
# expect: [0.28777534 0.13002857] [0.01936696 0.67883553]
# expect: [[ 0.01788628  0.0043651 ]
# expect:  [ 0.00096497 -0.01863493]
# expect:  [-0.00277388 -0.00354759]]
