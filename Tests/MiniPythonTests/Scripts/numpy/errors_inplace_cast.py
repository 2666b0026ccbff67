# An in-place operator that would store floats in an integer array raises numpy's own class.
import numpy as np
a = np.arange(3)
a += 0.5

# expect error: numpy._core._exceptions._UFuncOutputCastingError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'
