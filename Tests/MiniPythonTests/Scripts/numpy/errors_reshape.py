# Reshape to a size that does not fit.
import numpy as np

a = np.arange(6)
print(a.reshape(3, 2).shape)
a.reshape(4, -1)

# expect: (3, 2)
# expect error: ValueError: cannot reshape array of size 6 into shape (4,newaxis)
