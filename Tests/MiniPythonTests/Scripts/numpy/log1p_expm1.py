# log1p and expm1 are element-wise ufuncs: accurate near 0, on arrays, lists and numbers.
import numpy as np

x = np.array([1e-10, 1e-5, 0.5, 1.0, -0.5])
print(np.log1p(x))
print(np.expm1(x))
print(np.log1p(x) - np.log(1 + x))
print(np.expm1(np.array([[1e-12, 2.0], [-1.0, 0.0]])))
print(np.log1p([0, 1, 3]), np.log1p(np.arange(3)).dtype, np.expm1(np.array([3, -1])))
print(np.log1p(1e-15), np.expm1(1e-15), np.log1p(2), np.expm1(-30.0))
print(np.log1p(np.array([-1.0, 0.0])), np.expm1(np.array([710.0, -np.inf])))
print(np.expm1(np.log1p(x)))
z = np.zeros(5)
r = np.log1p(x, out=z)
print(r is z, z)
np.expm1(z, z)
print(np.allclose(z, x), np.log1p(x[1:3]).shape)

# expect: [ 1.00000000e-10  9.99995000e-06  4.05465108e-01  6.93147181e-01
# expect:  -6.93147181e-01]
# expect: [ 1.00000000e-10  1.00000500e-05  6.48721271e-01  1.71828183e+00
# expect:  -3.93469340e-01]
# expect: [-8.27403710e-18 -6.55095281e-17  0.00000000e+00  0.00000000e+00
# expect:   0.00000000e+00]
# expect: [[ 1.00000000e-12  6.38905610e+00]
# expect:  [-6.32120559e-01  0.00000000e+00]]
# expect: [0.         0.69314718 1.38629436] float64 [19.08553692 -0.63212056]
# expect: 9.999999999999995e-16 1.0000000000000007e-15 1.0986122886681098 -0.9999999999999064
# expect: [-inf   0.] [inf -1.]
# expect: [ 1.e-10  1.e-05  5.e-01  1.e+00 -5.e-01]
# expect: True [ 1.00000000e-10  9.99995000e-06  4.05465108e-01  6.93147181e-01
# expect:  -6.93147181e-01]
# expect: True (2,)
