# A shape mismatch raises numpy's ValueError.
import numpy as np

a = np.ones((2, 3))
b = np.ones(4)
print(a.shape, b.shape)
try:
    c = a + b
except ValueError as e:
    print("caught:", str(e) + "|")
d = np.ones((3, 1)) * np.ones((1, 2))
print(d.shape)
d = d @ np.ones((3, 2))

# expect: (2, 3) (4,)
# expect: caught: operands could not be broadcast together with shapes (2,3) (4,) |
# expect: (3, 2)
# expect error: ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 3 is different from 2)
