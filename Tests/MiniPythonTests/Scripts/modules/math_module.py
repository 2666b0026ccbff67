import math
print(math.pi, math.e, math.inf, -math.inf, math.tau)
print(math.sqrt(16), math.sqrt(2), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000))
print(math.log2(8), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.hypot(3, 4))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7), math.fabs(-3))
print(math.isnan(float("nan")), math.isinf(math.inf), math.isfinite(1.0), math.isclose(1.0, 1.0 + 1e-10))
print(math.factorial(10), math.gcd(12, 18), math.comb(5, 2), math.prod([1, 2, 3, 4]))
print(math.degrees(math.pi), math.radians(180), math.tanh(0.5), math.erf(0.5))
print(math.fsum([0.1] * 10), math.copysign(3, -1), math.pow(2, 0.5))
from math import sqrt, pi as PI
print(sqrt(9), PI)
import math as m
print(m.cos(m.pi))

# expect: 3.141592653589793 2.718281828459045 inf -inf 6.283185307179586
# expect: 4.0 1.4142135623730951 2.718281828459045 1.0 3.0 3.0
# expect: 3.0 9.999999999500001e-11 1.00000000005e-10
# expect: 0.0 1.0 0.0 0.7853981633974483 5.0
# expect: 2 3 -3 -2 3.0
# expect: True True True True
# expect: 3628800 6 10 24
# expect: 180.0 3.141592653589793 0.46211715726000974 0.5204998778130465
# expect: 1.0 -3.0 1.4142135623730951
# expect: 3.0 3.141592653589793
# expect: -1.0
