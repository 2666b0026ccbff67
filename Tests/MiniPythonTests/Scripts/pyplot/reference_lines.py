# axhline and axvline: a target loss across the whole plot, and the step where training changed.
import matplotlib.pyplot as plt

losses = [2.0, 1.2, 0.8, 0.6, 0.55, 0.5]
plt.plot(losses, label='train')
plt.axhline(0.5, color='r', linestyle='--', label='target')
plt.axvline(x=3, ymin=0, ymax=0.5)
plt.legend()
plt.title('loss')
plt.show()
print(len(losses))

# expect: 6
# expect plot: loss: train 2 -> 0.5 over 6 steps, still falling; target: horizontal line at y = 0.5; vertical line at x = 3
# expect row 0:                               loss
# expect row 1: 2.0┤⠱⡀                                             ── train
# expect row 2:    │ ⠈⢆                                            ── target
# expect row 11:    │                 ⠉⠢⣀             ⢸
# expect row 14: 0.6┤                            ⠈⠉⠒⠢⠤⣸⣀⣀⡀
# expect row 15:    │⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣸⣀⣀⣈⣉⣉⣉⣉⣉⣒⣒⣒⣒⣒⣢⣤⣤⣤⣤⣤⣀⣀⣀
# expect row 16:    └┬──────────┬──────────┬──────────┬──────────┬──────────┬
# expect row 17:     0          1          2          3          4          5
