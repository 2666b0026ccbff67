# The course's learning curve: costs recorded every 100 iterations, plotted after training.
import numpy as np
import matplotlib.pyplot as plt

costs = []
w = 2.0
for i in range(2000):
    w = w - 0.01 * 2 * (w - 0.5)
    if i % 100 == 0:
        costs.append((w - 0.5) ** 2 + 0.01)
plt.plot(np.squeeze(costs))
plt.ylabel('cost')
plt.xlabel('iterations (per hundreds)')
plt.title("Learning rate =" + str(0.01))
plt.show()
print(len(costs))

# expect: 20
# expect plot: Learning rate =0.01: y 2.17 -> 0.01 over 20 steps, flat at the end
# expect row 0: cost                   Learning rate =0.01
# expect row 16:     0             5             10             15
