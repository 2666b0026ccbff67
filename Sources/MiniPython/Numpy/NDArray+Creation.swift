/// Array constructors: zeros, ones, full, eye, arange, linspace, meshgrid.
extension NDArray {
  /// `np.full(shape, value, dtype)`; `np.zeros`, `np.ones` and `np.empty` are fills of 0 and 1.
  public static func full(_ shape: [Int], _ value: Double, dtype: DType = .float64) throws(NumpyError) -> NDArray {
    if shape.contains(where: { $0 < 0 }) { throw .value("negative dimensions are not allowed") }
    try ArrayAllocation.check(shape, dtype: dtype)
    let (n, fill) = (shape.reduce(1, *), dtype.cast(value))
    let scalars = [Double](count: n) { values in
      if n > 0 { values.baseAddress!.initialize(repeating: fill, count: n) }
    }
    return NDArray(shape: shape, scalars: scalars, dtype: dtype)
  }

  /// `np.eye(n, m, k)`: ones on the `k`-th diagonal of an `n × m` matrix.
  public static func eye(_ n: Int, _ m: Int? = nil, k: Int = 0, dtype: DType = .float64) throws(NumpyError) -> NDArray {
    let columns = m ?? n
    let result = try full([n, columns], 0, dtype: dtype)
    result.storage.buffer.withUnsafeMutableBufferPointer { values in
      for i in 0..<n where i + k >= 0 && i + k < columns { values[i * columns + i + k] = 1 }
    }
    return result
  }

  /// `np.arange(start, stop, step)`: `ceil((stop - start) / step)` values `start + i·δ`, where
  /// numpy takes `δ = (start + step) - start` (so `arange(0.5, 1, 0.1)` steps by 0.09999999999999998).
  ///
  /// - Throws: `ZeroDivisionError`-like `ValueError` for a zero step (numpy: `Maximum allowed size exceeded`).
  public static func arange(start: Double = 0, stop: Double, step: Double = 1, dtype: DType) throws(NumpyError) -> NDArray {
    if step == 0 { throw .value("Maximum allowed size exceeded") }
    let steps = ((stop - start) / step).rounded(.up)
    if !steps.isFinite || steps >= 0x1p62 { throw ArrayAllocation.tooBig }
    let length = max(Int(steps), 0)
    try ArrayAllocation.check([length], dtype: dtype)
    let delta = dtype == .float64 ? (start + step) - start : step
    var values = [Double](repeating: 0, count: length)
    for i in 0..<length { values[i] = start + Double(i) * delta }
    if length > 1 { values[1] = start + step }
    return NDArray(shape: [length], scalars: values, dtype: dtype)
  }

  /// `np.linspace(start, stop, num, endpoint)`: `num` evenly spaced values, `i·step + start`, the
  /// last set to `stop` exactly when `endpoint`.
  public static func linspace(_ start: Double, _ stop: Double, count: Int = 50, endpoint: Bool = true) throws(NumpyError) -> NDArray {
    if count < 0 { throw .value("Number of samples, \(count), must be non-negative.") }
    try ArrayAllocation.check([count])
    let divisions = Double(endpoint ? max(count - 1, 1) : count)
    let step = (stop - start) / divisions
    var values = (0..<count).map { Double($0) * step + start }
    if step == 0 { values = (0..<count).map { Double($0) / divisions * (stop - start) + start } }
    if endpoint && count > 1 { values[count - 1] = stop }
    return NDArray(shape: [count], scalars: values, dtype: .float64)
  }

  /// `np.meshgrid(x, y)` with `indexing='xy'`: `X[i, j] = x[j]`, `Y[i, j] = y[i]`, both `(len(y), len(x))`.
  public static func meshgrid(_ x: NDArray, _ y: NDArray) throws(NumpyError) -> (NDArray, NDArray) {
    let shape = [y.count, x.count]
    try ArrayAllocation.check(shape)
    let xs = x.scalars
    let ys = y.scalars
    var gridX: [Double] = []
    var gridY: [Double] = []
    gridX.reserveCapacity(xs.count * ys.count)
    gridY.reserveCapacity(xs.count * ys.count)
    for value in ys {
      gridX.append(contentsOf: xs)
      gridY.append(contentsOf: repeatElement(value, count: xs.count))
    }
    return (NDArray(shape: shape, scalars: gridX, dtype: x.dtype), NDArray(shape: shape, scalars: gridY, dtype: y.dtype))
  }

  /// `np.c_[a, b, ...]` for 1-D and 2-D pieces: 1-D pieces become columns, joined along axis 1.
  public static func columnStack(_ arrays: [NDArray]) throws(NumpyError) -> NDArray {
    let columns = arrays.map { $0.ndim < 2 ? $0.view(shape: [$0.count, 1], strides: [$0.ndim == 0 ? 0 : $0.strides[0], 0], offset: $0.offset) : $0 }
    return try concatenate(columns, axis: 1)
  }
}
