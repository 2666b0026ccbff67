# Indexing past the end raises numpy's IndexError.
import numpy as np

a = np.arange(3)
print(a[2])
print(a[3])

# expect: 2
# expect error: IndexError: index 3 is out of bounds for axis 0 with size 3
