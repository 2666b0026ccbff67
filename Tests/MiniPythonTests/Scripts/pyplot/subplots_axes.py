# fig, axes = plt.subplots(...) and methods on the axes objects; log scale and limits.
import numpy as np
import matplotlib.pyplot as plt

epochs = np.arange(1, 51)
train = 2.0 / epochs
val = 2.0 / epochs + 0.05 * (epochs / 50) ** 2
fig, axes = plt.subplots(1, 2, figsize=(10, 4))
axes[0].plot(epochs, train, 'b-', label='train')
axes[0].plot(epochs, val, 'r--', label='validation')
axes[0].set_yscale('log')
axes[0].set_title('loss')
axes[0].legend()
axes[1].bar(['a', 'b', 'c'], [3, 7, 5])
axes[1].set_title('votes')
axes[1].set_ylim(0, 10)
print(axes.shape)
plt.show()
plt.plot([1, 2, 3], 'ko')
plt.xlim(-1, 3)

# expect: (2,)
# expect plot: loss: train 2 -> 0.04 over 50 steps, still falling; validation 2 -> 0.09 over 50 steps, rising at the end | votes: 3 bars from 3 to 7 (largest at x = 1)
# expect row 0:               loss                           votes
# expect row 17:             20        40             a         b        c
# expect plot: 3 points
