# Set operations on flattened arrays: intersect1d, union1d, setdiff1d, isin.
import numpy as np

print(np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1]))
values, in_a, in_b = np.intersect1d([1, 3, 4, 3], [3, 1, 2, 1], return_indices=True)
print(values, in_a, in_b)
values, in_a, in_b = np.intersect1d(np.array([7, 5, 9]), np.array([9, 7, 1]), assume_unique=True, return_indices=True)
print(values, in_a, in_b)
print(np.intersect1d(np.array([[5, 1], [2, 2]]), [2.0, 5, 7]), np.intersect1d([], [1]).dtype)
print(np.union1d([-1, 0, 1], [-2, 0, 2]), np.union1d([1.5], [1, 2]), np.union1d([[3, 1]], [[2]]))
print(np.setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5]), np.setdiff1d(np.array([5, 3, 1]), [3], assume_unique=True))
print(np.setdiff1d([1.0, 2.0], [1]), np.setdiff1d([True, False], [True]))
print(np.isin(np.array([[0, 2], [4, 6]]), [1, 2, 4, 8]))
print(np.isin(3, [1, 3]), np.isin([1, 2], [2], invert=True), np.isin([1.0, 2.5], np.array([[1], [3]])))
print(np.isin([np.nan, 1.0], [np.nan, 1]))
labels = np.array([0, 3, 1, 3, 2, 0])
mask = np.isin(labels, [0, 3])
print(mask, labels[mask], labels[~mask])

# expect: [1 3]
# expect: [1 3] [0 1] [1 0]
# expect: [7 9] [0 2] [1 0]
# expect: [2. 5.] float64
# expect: [-2 -1  0  1  2] [1.  1.5 2. ] [1 2 3]
# expect: [1 2] [5 1]
# expect: [2.] [False]
# expect: [[False  True]
# expect:  [ True False]]
# expect: True [ True False] [ True False]
# expect: [False  True]
# expect: [ True  True False  True False  True] [0 3 3 0] [1 2]
