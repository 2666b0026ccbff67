# np.random.RandomState: a generator of its own with numpy's legacy values, apart from the global one.
import numpy as np

rng = np.random.RandomState(0)
print(rng, type(rng).__name__)
print(rng.randn(3))
np.random.seed(0)
print(np.random.randn(3))
other = np.random.RandomState(42)
print(other.randint(0, 10, size=5), other.rand(2), other.choice(5, 3, replace=False))
print(other.permutation(4), other.normal(1.0, 2.0, size=2), other.uniform(-1, 1, 2))
np.random.seed(1)
before = np.random.rand()
rng.seed(1)
rng.rand(5)
np.random.seed(1)
print(np.random.rand() == before)
a = np.arange(5)
np.random.RandomState(3).shuffle(a)
print(a)

# expect: RandomState(MT19937) RandomState
# expect: [1.76405235 0.40015721 0.97873798]
# expect: [1.76405235 0.40015721 0.97873798]
# expect: [6 3 7 4 6] [0.44583275 0.09997492] [4 1 0]
# expect: [0 1 2 3] [1.15966362 0.680967  ] [ 0.87710542 -0.99844247]
# expect: True
# expect: [3 4 1 0 2]
