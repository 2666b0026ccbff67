# Error bars: the mean loss of five runs at each learning rate, plus or minus one standard deviation.
import numpy as np
import matplotlib.pyplot as plt

rates = np.array([1.0, 2.0, 3.0, 4.0, 5.0])
runs = np.array([[0.9, 0.5, 0.35, 0.3, 0.45],
                 [1.1, 0.6, 0.45, 0.4, 0.65],
                 [1.0, 0.55, 0.4, 0.35, 0.55]])
mean = runs.mean(axis=0)
spread = runs.std(axis=0)
bars = plt.errorbar(rates, mean, yerr=spread, fmt='o', label='mean of 3 runs')
print(type(bars).__name__, np.round(spread, 3))
plt.xlabel('learning rate')
plt.legend()
plt.show()
plt.errorbar([0, 1, 2], [1, 2, 1.5], xerr=0.25, yerr=[[0.1, 0.2, 0.3], [0.5, 0.5, 0.5]])
plt.show()
for bad in [lambda: plt.errorbar([1, 2, 3], [1, 2], yerr=0.1),
            lambda: plt.errorbar([1, 2, 3], [1, 2, 3], yerr=[0.1, 0.2]),
            lambda: plt.errorbar([1, 2], [1, 2], xerr=np.ones((3, 2)))]:
    try:
        bad()
    except ValueError as e:
        print(e)
plt.errorbar([1, 2, 3], [2, 4, 3], yerr=np.array([0.5, -0.1, 0.2]))

# expect: ErrorbarContainer [0.082 0.041 0.041 0.041 0.082]
# expect: 'x' and 'y' must have the same size
# expect: 'yerr' (shape: (2,)) must be a scalar or a 1D or (2, n) array-like whose shape matches 'y' (shape: (3,))
# expect: 'xerr' (shape: (3, 2)) must be a scalar or a 1D or (2, n) array-like whose shape matches 'x' (shape: (2,))
# expect plot: mean of 3 runs: 5 points; 5 error bars: y length 0.0816 to 0.163
# expect row 0:    │  ⢀                                     ● mean of 3 runs
# expect row 1:    │  ⢸
# expect row 2: 1.0┤  ●
# expect row 3:    │  ⠸
# expect row 9: 0.6┤               ⡆                                     ⡇
# expect row 10:    │               ●                                     ●
# expect row 11:    │                            ⡀                        ⠃
# expect row 12: 0.4┤                            ●           ⢀
# expect row 13:    │                            ⠃           ●
# expect row 14:    │                                        ⠈
# expect row 15:    └──┬────────────┬────────────┬───────────┬────────────┬──
# expect row 16:       1            2            3           4            5
# expect plot: y 1 -> 1.5 over 3 steps, still rising; 3 error bars: y length 0.6 to 0.8, x length 0.5
# expect row 0: 2.5┤                            ⡇
# expect row 5: 2.0┤                      ⠉⠉⠉⠉⣉⠝⡏⠛⠭⣉⡉⠉                ⡇
# expect row 6:    │                        ⡠⠊  ⡇   ⠈⠑⠢⠤⣀             ⡇
# expect row 9: 1.5┤     ⢀           ⡠⠊⠁                        ⢀⣀⣉⣑⣢⣄⣇⣀⣀⣀⣀⣀
# expect row 14: 1.0┤⣀⣀⣀⣀⣀⣸⣔⣉⣀⣀⣀⡀
# expect row 15:    │     ⢸
# expect row 16:    └─────┬──────────┬───────────┬──────────┬──────────┬─────
# expect row 17:         0.0        0.5         1.0        1.5        2.0
# expect error: ValueError: 'yerr' must not contain negative values
