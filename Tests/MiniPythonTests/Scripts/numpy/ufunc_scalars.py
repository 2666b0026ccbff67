# numpy's unary ufuncs of Python numbers: the 0-d result as a Python scalar, int or float as numpy gives
import numpy as np
print(np.log(0.5), np.exp(1), np.sqrt(2 / 3), np.tanh(-0.3), np.abs(-3), np.abs(-2.5), np.negative(4), np.sign(-2), np.floor(2.7), np.log(0), np.sqrt(-1.0))
print(type(np.abs(-3)).__name__ in ("int", "int64"), np.square(3), np.square(1.5), np.log1p(1e-10))

# expect: -0.6931471805599453 2.718281828459045 0.816496580927726 -0.2913126124515909 3 2.5 -4 -1 2.0 -inf nan
# expect: True 9 2.25 9.999999999500001e-11
