# An array of several elements has no truth value.
import numpy as np

a = np.array([1, 2])
if a > 0:
    print("positive")

# expect error: ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()
