# Generates NDArrayFunctionsOracle.swift: numpy's results for reductions, shape operations,
# creation, products, sorting and linalg on fixed inputs, compared bit for bit (or, for results
# computed through other BLAS/LAPACK orders, within 1e-12).
# Run: python3 functions_oracle.py > ../NDArrayFunctionsOracle.swift
import numpy as np

rng = np.random.RandomState(3)
X = rng.randn(7, 300)        # long rows: pairwise summation along axis 1 and over all
Y = rng.randn(30, 5)
I = rng.randint(-5, 9, size=(4, 6))
B = I > 2
inputs = {"X": X, "Y": Y, "I": I, "B": B}

def lit(x):
    x = float(x)
    if np.isnan(x): return ".nan"
    if np.isinf(x): return "-.infinity" if x < 0 else ".infinity"
    return repr(x)

def arr(a):
    a = np.asarray(a)
    dtype = {"float64": ".float64", "int64": ".int64", "bool": ".bool"}[str(a.dtype)]
    return f"NDArray(shape: {list(a.shape)}, scalars: [{', '.join(lit(v) for v in a.ravel())}], dtype: {dtype})"

cases = [
    ("sum X", "X.reduced(.sum)", X.sum()),
    ("sum X axis 1", "X.reduced(.sum, axes: [1])", X.sum(axis=1)),
    ("sum X axis 0", "X.reduced(.sum, axes: [0])", X.sum(axis=0)),
    ("sum X.T", "X.transpose.reduced(.sum)", X.T.sum()),
    ("sum X.T axis 0", "X.transpose.reduced(.sum, axes: [0])", X.T.sum(axis=0)),
    ("sum Y axis 0 keepdims", "Y.reduced(.sum, axes: [0], keepdims: true)", Y.sum(axis=0, keepdims=True)),
    ("sum I axes (0,1)", "I.reduced(.sum, axes: [0, -1])", I.sum(axis=(0, 1))),
    ("sum B", "B.reduced(.sum)", B.sum()),
    ("prod I axis 0", "I.reduced(.prod, axes: [0])", I.prod(axis=0)),
    ("max Y axis 1", "Y.reduced(.max, axes: [1])", Y.max(axis=1)),
    ("min I", "I.reduced(.min)", I.min()),
    ("all B axis 0", "B.reduced(.all, axes: [0])", B.all(axis=0)),
    ("any B axis 1", "B.reduced(.any, axes: [1])", B.any(axis=1)),
    ("count_nonzero I axis 1", "I.reduced(.countNonzero, axes: [1])", np.count_nonzero(I, axis=1)),
    ("mean X", "X.mean()", X.mean()),
    ("mean X axis 1", "X.mean(axes: [1])", X.mean(axis=1)),
    ("mean Y axis 0 keepdims", "Y.mean(axes: [0], keepdims: true)", Y.mean(axis=0, keepdims=True)),
    ("mean I", "I.mean()", I.mean()),
    ("var X axis 1", "X.variance(axes: [1])", X.var(axis=1)),
    ("std Y axis 0", "Y.standardDeviation(axes: [0])", Y.std(axis=0)),
    ("std Y ddof 1", "Y.standardDeviation(ddof: 1)", Y.std(ddof=1)),
    ("argmax Y axis 1", "Y.argExtreme(maximum: true, axis: 1)", Y.argmax(axis=1)),
    ("argmin I", "I.argExtreme(maximum: false)", I.argmin()),
    ("cumsum I axis 1", "I.cumulative(product: false, axis: 1)", I.cumsum(axis=1)),
    ("cumsum Y", "Y.cumulative(product: false)", Y.cumsum()),
    ("reshape", "I.reshaped([3, -1])", I.reshape(3, -1)),
    ("transpose axes", "I.reshaped([2, 3, 4]).transposed(axes: [2, 0, 1])", I.reshape(2, 3, 4).transpose(2, 0, 1)),
    ("swapaxes", "I.reshaped([2, 3, 4]).swappedAxes(0, -1)", I.reshape(2, 3, 4).swapaxes(0, -1)),
    ("squeeze", "I.reshaped([1, 4, 1, 6]).squeezed()", I.reshape(1, 4, 1, 6).squeeze()),
    ("expand_dims", "I.expandedDims(axis: -1)", np.expand_dims(I, -1)),
    ("concatenate axis 1", "NDArray.concatenate([I, B], axis: 1)", np.concatenate([I, B], axis=1)),
    ("stack axis 1", "NDArray.stack([I, I], axis: 1)", np.stack([I, I], axis=1)),
    ("vstack", "NDArray.vstack([I.reduced(.sum, axes: [0]), I.reduced(.max, axes: [0])])", np.vstack([I.sum(axis=0), I.max(axis=0)])),
    ("hstack", "NDArray.hstack([I, Y.reshaped([10, -1]).subscriptedArray([.slice(start: 0, stop: 4, step: nil)]).subscriptedArray([.all, .slice(start: 0, stop: 2, step: nil)])])", np.hstack([I, Y.reshape(10, -1)[0:4][:, 0:2]])),
    ("tile", "I.subscriptedArray([.integer(0)]).tiled([2, 2])", np.tile(I[0], (2, 2))),
    ("repeat axis 0", "I.repeated([1, 2, 0, 1], axis: 0)", np.repeat(I, [1, 2, 0, 1], axis=0)),
    ("repeat flat", "I.repeated([2])", np.repeat(I, 2)),
    ("pad", "I.padded([(1, 0), (2, 1)], value: 7)", np.pad(I, ((1, 0), (2, 1)), constant_values=7)),
    ("arange float", "NDArray.arange(start: 0.5, stop: 2, step: 0.1, dtype: .float64)", np.arange(0.5, 2, 0.1)),
    ("arange int", "NDArray.arange(start: 3, stop: -4, step: -2, dtype: .int64)", np.arange(3, -4, -2)),
    ("linspace", "NDArray.linspace(-1, 2.5, count: 7)", np.linspace(-1, 2.5, 7)),
    ("linspace no endpoint", "NDArray.linspace(0, 1, count: 5, endpoint: false)", np.linspace(0, 1, 5, endpoint=False)),
    ("eye", "NDArray.eye(3, 4, k: 1)", np.eye(3, 4, k=1)),
    ("dot", "NDArray.dot(Y.transpose, Y)", np.dot(Y.T, Y)),
    ("dot matrix vector", "NDArray.dot(Y, Y.subscriptedArray([.integer(0)]))", np.dot(Y, Y[0])),
    ("dot vectors", "NDArray.dot(Y.subscriptedArray([.integer(1)]), Y.subscriptedArray([.integer(0)]))", np.dot(Y[1], Y[0])),
    ("matmul", "NDArray.matmul(X.subscriptedArray([.all, .slice(start: 0, stop: 30, step: nil)]), Y)", X[:, 0:30] @ Y),
    ("matmul batch", "NDArray.matmul(I.reshaped([2, 2, 6]), I.transpose)", I.reshape(2, 2, 6) @ I.T),
    ("outer", "NDArray.outer(I.subscriptedArray([.integer(0)]), I.subscriptedArray([.integer(1)]))", np.outer(I[0], I[1])),
    ("sort axis 0", "Y.sorted(axis: 0)", np.sort(Y, axis=0)),
    ("argsort", "I.argsorted(axis: 1)", np.argsort(I, axis=1, kind="stable")),
    ("unique", "I.unique().values", np.unique(I)),
    ("unique counts", "I.unique().counts", np.unique(I, return_counts=True)[1]),
    ("bincount", "I.reduced(.max, axes: [0]).bincount(minLength: 12)", np.bincount(I.max(axis=0), minlength=12)),
    ("searchsorted", "I.flattened().sorted().searchSorted(I.subscriptedArray([.integer(0)]), right: true)", np.searchsorted(np.sort(I.ravel()), I[0], side="right")),
    ("where", "NDArray.select(B, I, Y.reshaped([6, 25]).subscriptedArray([.slice(start: 0, stop: 4, step: nil), .slice(start: 0, stop: 6, step: nil)]))", np.where(B, I, Y.reshape(6, 25)[0:4, 0:6])),
    ("clip", "Y.clipped(low: NDArray(scalar: -0.5), high: NDArray(scalar: 0.5))", np.clip(Y, -0.5, 0.5)),
    ("norm", "Y.norm()", np.linalg.norm(Y)),
    ("norm axis 1", "Y.norm(axes: [1])", np.linalg.norm(Y, axis=1)),
    ("norm inf", "Y.norm(order: .p(.infinity), axes: [0])", np.linalg.norm(Y, ord=np.inf, axis=0)),
    ("norm matrix 1", "Y.norm(order: .p(1))", np.linalg.norm(Y, ord=1)),
    ("norm matrix 2", "Y.norm(order: .p(2))", np.linalg.norm(Y, ord=2)),
    ("inv", "NDArray.dot(Y.transpose, Y).inverse()", np.linalg.inv(Y.T @ Y)),
    ("svd singular values", "Y.svd(fullMatrices: false).s", np.linalg.svd(Y, full_matrices=False)[1]),
]
# Results that go through BLAS/LAPACK (matrix products, norms via singular values, inverses) are
# compared within a tolerance; everything else exactly.
approximate = {"dot", "dot matrix vector", "dot vectors", "matmul", "matmul batch", "norm matrix 2",
               "inv", "svd singular values", "norm"}

print("// line-budget: table")
print("// Generated by Oracles/functions_oracle.py with numpy " + np.__version__ + "; do not edit.")
print("@testable import MiniPython")
print()
print("/// Inputs: `X = randn(7, 300)`, `Y = randn(30, 5)`, `I = randint(-5, 9, (4, 6))` (RandomState(3)), `B = I > 2`.")
print("enum FunctionInputs {")
for name, a in inputs.items():
    print(f"  static var {name}: NDArray {{ {arr(a)} }}")
print("}")
print()
print("let functionCases: [FunctionCase] = [")
for name, code, expected in cases:
    exact = "false" if name in approximate else "true"
    print(f'  FunctionCase(name: "{name}", exact: {exact}, expected: {arr(expected)}) {{ X, Y, I, B in try {code} }},')
print("]")
