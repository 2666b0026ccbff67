# A histogram of initial weights, as the initialization lessons draw them.
import numpy as np
import matplotlib.pyplot as plt

np.random.seed(3)
W1 = np.random.randn(20, 10) * np.sqrt(2 / 10)
counts, edges, _ = plt.hist(W1.ravel(), bins=20)
plt.title('He initialization')
plt.xlabel('weight')
print(int(counts.sum()), len(edges))
plt.show()
plt.hist(W1.flatten(), bins=np.linspace(-2, 2, 9), density=True, color='orange', alpha=0.5)

# expect: 200 21
# expect plot: He initialization: 20 bars from 1 to 28 (largest at x = -0.241)
# expect row 14:  0┤▄▄▄▄▄▄▄▄▄██████████████████████████████████████████▄▄▄▄▄▄
# expect plot: 8 bars from 0 to 0.86 (largest at x = -0.25)
