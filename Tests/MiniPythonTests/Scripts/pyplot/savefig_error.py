# Files are not where Backprop draws: savefig says so.
import matplotlib.pyplot as plt

plt.plot([1, 2, 3])
print('plotted')
plt.savefig('loss.png')

# expect: plotted
# expect error: NotImplementedError: savefig() is not available: Backprop draws figures in the terminal, not in files
# expect plot: y 1 -> 3 over 3 steps, still rising
