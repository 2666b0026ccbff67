# exp, expm1, log and tanh over arrays of every tail length, strided views, int input and special values.
import numpy as np

a = np.linspace(-3.0, 3.0, 13)
print(np.exp(a))
print(np.expm1(a[:9]))
print(np.tanh(a[:11]))
print(np.log(np.abs(a) + 0.25))
print(np.array_equal(np.exp(a[::2]), np.exp(a)[::2]), np.array_equal(np.tanh(a.reshape(13, 1).T), np.tanh(a).reshape(1, 13)))
m = np.arange(12.0).reshape(3, 4) / 4
print(np.array_equal(np.log(m.T + 1), np.log(m + 1).T), np.exp(np.arange(5)))
print(np.exp(1), np.exp(np.ones(7))[6], np.exp(np.array([0.5, -0.5]))[1])
special = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 710.0, -746.0, 1e-310, 2.0])
print(np.exp(special))
print(np.expm1(special), np.expm1(-0.0), np.expm1(1e-10))
print(np.tanh(special), np.tanh(-0.0))
print(np.log(special), np.log(np.array([-1.0, 1.0, np.e])))
print(["%.15g" % v for v in np.tanh(np.array([0.1, 0.7, 1.3, -2.9, 19.0]))])
print(["%.15g" % v for v in np.log(np.array([3.0, 7.0, 1e-5, 12345.678]))])

# expect: [ 0.04978707  0.082085    0.13533528  0.22313016  0.36787944  0.60653066
# expect:   1.          1.64872127  2.71828183  4.48168907  7.3890561  12.18249396
# expect:  20.08553692]
# expect: [-0.95021293 -0.917915   -0.86466472 -0.77686984 -0.63212056 -0.39346934
# expect:   0.          0.64872127  1.71828183]
# expect: [-0.99505475 -0.9866143  -0.96402758 -0.90514825 -0.76159416 -0.46211716
# expect:   0.          0.46211716  0.76159416  0.90514825  0.96402758]
# expect: [ 1.178655    1.01160091  0.81093022  0.55961579  0.22314355 -0.28768207
# expect:  -1.38629436 -0.28768207  0.22314355  0.55961579  0.81093022  1.01160091
# expect:   1.178655  ]
# expect: True True
# expect: True [ 1.          2.71828183  7.3890561  20.08553692 54.59815003]
# expect: 2.718281828459045 2.718281828459045 0.6065306597126334
# expect: [1.        1.              inf 0.              nan       inf 0.
# expect:  1.        7.3890561]
# expect: [ 0.0000000e+000 -0.0000000e+000             inf -1.0000000e+000
# expect:              nan             inf -1.0000000e+000  1.0000000e-310
# expect:   6.3890561e+000] -0.0 1.00000000005e-10
# expect: [ 0.0000000e+000 -0.0000000e+000  1.0000000e+000 -1.0000000e+000
# expect:              nan  1.0000000e+000 -1.0000000e+000  1.0000000e-310
# expect:   9.6402758e-001] -0.0
# expect: [           -inf            -inf             inf             nan
# expect:              nan  6.56526497e+00             nan -7.13801379e+02
# expect:   6.93147181e-01] [nan  0.  1.]
# expect: ['0.0996679946249558', '0.604367777117163', '0.861723159313306', '-0.993963167350583', '1']
# expect: ['1.09861228866811', '1.94591014905531', '-11.5129254649702', '9.42106132129183']
