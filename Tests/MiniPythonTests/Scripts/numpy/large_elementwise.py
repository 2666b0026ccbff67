# Element-wise operations on arrays large enough to run on two threads: the values must not depend
# on the split (broadcasting, scalars, in-place, strided views, unary functions).
import numpy as np
np.random.seed(3)
a = np.random.randn(600, 400); b = np.random.randn(400); c = np.random.randn(600, 1)
r = (a - b) ** 2 + c * 0.5
print(r.sum(), np.exp(a).sum(), np.abs(a[:, ::2]).sum(), (a.T * 2)[:2, :3], (3.0 - a).sum())
d = a.copy(); d += c; d *= 1.5; d[:, 1:] -= d[:, :-1]; print(d.sum(), np.maximum(a, 0).sum())
e = np.arange(300000.0); e /= 7; print(e[-3:], np.sqrt(e).sum(), np.sum(a ** 2, axis=1)[:3])

# expect: 479697.79302037787 394419.74267334724 95578.74214545896 [[ 3.57725695  0.17810674 -1.86584757]
# expect:  [ 0.8730197   1.5577938  -2.48074108]] 720486.5336561131
# expect: 31.866371671382073 95280.05917356655
# expect: [42856.71428571 42856.85714286 42857.        ] 41403829.9721625 [431.29917656 383.09436934 418.75950233]
