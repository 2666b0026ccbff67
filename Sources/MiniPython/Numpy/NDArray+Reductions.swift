/// Reductions over axes: `sum`, `prod`, `max`, `min`, `all`, `any`, `mean`, `var`, `std`, `nansum`,
/// `count_nonzero`, and the index reductions `argmax` / `argmin`.
///
/// `axes` nil reduces every axis; `keepdims` keeps reduced axes with extent 1 so the result
/// broadcasts against the input (`x - x.max(axis=1, keepdims=True)`). A full reduction returns a
/// 0-d array; the binding hands it to Python as a scalar.
extension NDArray {
  /// A fold numpy applies along axes.
  public enum Reduction: String, Sendable {
    case sum, prod, max, min, all, any, nansum
    case countNonzero = "count_nonzero"

    var numpyName: String {
      switch self {
      case .max: return "maximum"
      case .min: return "minimum"
      default: return rawValue
      }
    }
  }

  /// `np.<reduction>(self, axis=axes, keepdims=keepdims)`.
  ///
  /// - Throws: `AxisError` for an axis out of range, `ValueError` for a repeated axis or a
  ///   `max`/`min` of an empty array.
  public func reduced(_ reduction: Reduction, axes: [Int]? = nil, keepdims: Bool = false) throws(NumpyError) -> NDArray {
    if axes == nil && !keepdims && isContiguous && count > 0, let total = wholeReduction(reduction) {
      return NDArray(scalar: total.value, dtype: total.type)
    }
    if ndim == 2 && isContiguous && count > 0, let axes, axes.count == 1, axes[0] == 0 || axes[0] == -2 {
      // A single column (softmax's e_x.sum(axis=0) over a column of scores) folds as one run,
      // pairwise, as the whole array does; wider matrices fold row by row.
      if shape[1] > 1 { return columnReduction(reduction, keepdims: keepdims) }
      if let total = wholeReduction(reduction) {
        return NDArray(shape: keepdims ? [1, 1] : [1], scalars: [total.value], dtype: total.type)
      }
    }
    let axes = try normalizedAxes(axes)
    let plan = ReductionPlan(self, axes: axes)
    let type: DType
    let initial: Double
    switch reduction {
    case .sum, .nansum: (type, initial) = (dtype == .float64 ? .float64 : .int64, 0)
    case .prod: (type, initial) = (dtype == .float64 ? .float64 : .int64, 1)
    case .max, .min:
      if plan.reducedCount == 0 && count == 0 || plan.reducedCount == 0 {
        throw .value("zero-size array to reduction operation \(reduction.numpyName) which has no identity")
      }
      type = dtype
      initial = reduction == .max ? -.infinity : .infinity
    case .all: (type, initial) = (.bool, 1)
    case .any: (type, initial) = (.bool, 0)
    case .countNonzero: (type, initial) = (.int64, 0)
    }
    var out = [Double](count: plan.outputCount) { $0.initialize(repeating: initial) }
    out.withUnsafeMutableBufferPointer { result in
      let x = storageAddress
      let o = result.baseAddress!
      @inline(__always) func run(_ f: (Double, Double) -> Double) {
        plan.forEachRun { input, output in
          if plan.foldsInnerRun {
            var acc = o[output]
            for i in 0..<plan.innerCount { acc = f(acc, x[input + i * plan.innerInputStride]) }
            o[output] = acc
          } else {
            for i in 0..<plan.innerCount {
              let j = output + i * plan.innerOutputStride
              o[j] = f(o[j], x[input + i * plan.innerInputStride])
            }
          }
        }
      }
      switch reduction {
      case .sum:
        if plan.foldsInnerRun {
          plan.forEachRun { input, output in
            o[output] += ReductionPlan.pairwiseSum(x + input, plan.innerCount, plan.innerInputStride)
          }
        } else {
          run(+)
        }
      case .nansum: run { $1.isNaN ? $0 : $0 + $1 }
      case .prod: run(*)
      case .max: run { $0.isNaN || $1.isNaN ? .nan : ($1 > $0 ? $1 : $0) }
      case .min: run { $0.isNaN || $1.isNaN ? .nan : ($1 < $0 ? $1 : $0) }
      case .all: run { $0 != 0 && $1 != 0 ? 1 : 0 }
      case .any: run { $0 != 0 || $1 != 0 ? 1 : 0 }
      case .countNonzero: run { $1 != 0 ? $0 + 1 : $0 }
      }
    }
    return NDArray(shape: keepdims ? plan.keptShape : plan.outputShape, scalars: out, dtype: type)
  }

  /// The reduction over axis 0 of a contiguous non-empty matrix: its rows folded into one row.
  private func columnReduction(_ reduction: Reduction, keepdims: Bool) -> NDArray {
    let (rows, columns) = (shape[0], shape[1])
    let type: DType
    let initial: Double
    switch reduction {
    case .sum, .nansum: (type, initial) = (dtype == .float64 ? .float64 : .int64, 0)
    case .prod: (type, initial) = (dtype == .float64 ? .float64 : .int64, 1)
    case .max, .min: (type, initial) = (dtype, reduction == .max ? -.infinity : .infinity)
    case .all: (type, initial) = (.bool, 1)
    case .any: (type, initial) = (.bool, 0)
    case .countNonzero: (type, initial) = (.int64, 0)
    }
    let start = offset
    let out = [Double](count: columns) { result in
      result.initialize(repeating: initial)
      ReductionKernels.foldRows(reduction, storageAddress + start, rows: rows, columns: columns, into: result.baseAddress!)
    }
    return NDArray(shape: keepdims ? [1, columns] : [columns], scalars: out, dtype: type)
  }

  /// A reduction of every element of a contiguous array: one run, no plan.
  private func wholeReduction(_ reduction: Reduction) -> (value: Double, type: DType)? {
    let (n, x) = (count, readAddress)
    switch reduction {
    case .sum:
      return (0 + ReductionPlan.pairwiseSum(x, n, 1), dtype == .float64 ? .float64 : .int64)
    case .max, .min:
      return (ReductionKernels.extreme(x, count: n, maximum: reduction == .max), dtype)
    default:
      return nil
    }
  }

  /// `np.mean`: the sum divided by the number of elements reduced, as `float64`.
  public func mean(axes: [Int]? = nil, keepdims: Bool = false) throws(NumpyError) -> NDArray {
    let total = try astypeIfIntegral().reduced(.sum, axes: axes, keepdims: keepdims)
    let n = try reducedCount(axes)
    return NDArray(shape: total.shape, scalars: total.scalars.map { $0 / Double(n) }, dtype: .float64)
  }

  /// `np.var`: `mean(|x - x.mean()|²)` with `n - ddof` in the denominator.
  public func variance(axes: [Int]? = nil, ddof: Int = 0, keepdims: Bool = false) throws(NumpyError) -> NDArray {
    let centre = try mean(axes: axes, keepdims: true)
    let deviation = try NDArray.binary(.subtract, astypeIfIntegral(), centre)
    let squares = try NDArray.binary(.multiply, deviation, deviation)
    let total = try squares.reduced(.sum, axes: axes, keepdims: keepdims)
    let n = Double(try reducedCount(axes) - ddof)
    return NDArray(shape: total.shape, scalars: total.scalars.map { $0 / n }, dtype: .float64)
  }

  /// `np.std`: the square root of `variance`.
  public func standardDeviation(axes: [Int]? = nil, ddof: Int = 0, keepdims: Bool = false) throws(NumpyError) -> NDArray {
    try variance(axes: axes, ddof: ddof, keepdims: keepdims).apply(.sqrt)
  }

  /// `np.argmax` / `np.argmin`: the index of the first extreme value, over the flattened array
  /// (`axis` nil) or along one axis. NaN counts as the extreme, as in numpy.
  ///
  /// - Throws: `ValueError: attempt to get argmax of an empty sequence`, `AxisError`.
  public func argExtreme(maximum: Bool, axis: Int? = nil, keepdims: Bool = false) throws(NumpyError) -> NDArray {
    let name = maximum ? "argmax" : "argmin"
    guard let axis else {
      if count == 0 { throw .value("attempt to get \(name) of an empty sequence") }
      let index = NDArray.extremeIndex(scalars[...], maximum: maximum)
      return NDArray(shape: keepdims ? Array(repeating: 1, count: ndim) : [], scalars: [Double(index)], dtype: .int64)
    }
    let k = try normalizedAxes([axis])[0]
    if shape[k] == 0 { throw .value("attempt to get \(name) of an empty sequence") }
    if k == 0 && ndim == 2 && isContiguous && count > 0 {
      let (rows, columns, start) = (shape[0], shape[1], offset)
      let out = [Double](count: columns) { result in
        ReductionKernels.argExtremeOfColumns(
          storageAddress + start, rows: rows, columns: columns, maximum: maximum, into: result.baseAddress!)
      }
      return NDArray(shape: keepdims ? [1, columns] : [columns], scalars: out, dtype: .int64)
    }
    var order = Array(0..<ndim)
    order.remove(at: k)
    order.append(k)
    let moved = transposed(order).scalars
    let length = shape[k]
    var out: [Double] = []
    out.reserveCapacity(count / length)
    var start = 0
    while start < moved.count {
      out.append(Double(NDArray.extremeIndex(moved[start..<(start + length)], maximum: maximum)))
      start += length
    }
    var outShape = shape
    if keepdims { outShape[k] = 1 } else { outShape.remove(at: k) }
    return NDArray(shape: outShape, scalars: out, dtype: .int64)
  }

  /// `np.cumsum` / `np.cumprod` along an axis, or over the flattened array.
  public func cumulative(product: Bool, axis: Int? = nil) throws(NumpyError) -> NDArray {
    let type: DType = dtype == .float64 ? .float64 : .int64
    guard let axis else {
      var values = scalars
      for i in values.indices.dropFirst() { values[i] = product ? values[i - 1] * values[i] : values[i - 1] + values[i] }
      return NDArray(shape: [count], scalars: values, dtype: type)
    }
    let k = try normalizedAxes([axis])[0]
    var values = scalars
    let inner = shape[(k + 1)...].reduce(1, *)
    let length = shape[k]
    for outer in 0..<(count / max(length * inner, 1)) {
      for position in 1..<max(length, 1) {
        for j in 0..<inner {
          let i = (outer * length + position) * inner + j
          values[i] = product ? values[i - inner] * values[i] : values[i - inner] + values[i]
        }
      }
    }
    return NDArray(shape: shape, scalars: values, dtype: type)
  }

  /// `np.diff(a, n, axis)`: the `n`-th difference along `axis` (the last by default),
  /// `out[..., i, ...] = a[..., i + 1, ...] - a[..., i, ...]`, applied `n` times; the axis
  /// shrinks by `n` (to 0 at most). Booleans give `!=`, as numpy's `diff` of a bool array.
  public func difference(order: Int = 1, axis: Int = -1) throws(NumpyError) -> NDArray {
    guard order >= 0 else { throw .value("order must be non-negative but got \(order)") }
    guard ndim > 0 else { throw .value("diff requires input that is at least one dimensional") }
    let k = try normalizedAxes([axis])[0]
    var current = self
    for _ in 0..<order {
      let length = current.shape[k]
      guard length > 0 else { break }
      let inner = current.shape[(k + 1)...].reduce(1, *)
      let outerCount = current.count / max(length * inner, 1)
      let values = current.scalars
      var out: [Double] = []
      out.reserveCapacity(outerCount * (length - 1) * inner)
      for outer in 0..<outerCount {
        for position in 0..<(length - 1) {
          for j in 0..<inner {
            let i = (outer * length + position) * inner + j
            let (a, b) = (values[i], values[i + inner])
            out.append(current.dtype == .bool ? (a != b ? 1 : 0) : b - a)
          }
        }
      }
      var shape = current.shape
      shape[k] = length - 1
      current = NDArray(shape: shape, scalars: out, dtype: current.dtype)
    }
    return current
  }

  /// Axes made non-negative and checked; nil means all axes.
  func normalizedAxes(_ axes: [Int]?) throws(NumpyError) -> [Int] {
    guard let axes else { return Array(0..<ndim) }
    var result: [Int] = []
    for axis in axes {
      guard axis >= -ndim && axis < ndim else { throw .axis(axis, ndim: ndim) }
      let k = axis < 0 ? axis + ndim : axis
      if result.contains(k) { throw .value("duplicate value in 'axis'") }
      result.append(k)
    }
    return result
  }

  private func reducedCount(_ axes: [Int]?) throws(NumpyError) -> Int {
    try normalizedAxes(axes).reduce(1) { $0 * shape[$1] }
  }

  private func astypeIfIntegral() -> NDArray {
    dtype == .float64 ? self : astype(.float64)
  }

  private static func extremeIndex(_ values: ArraySlice<Double>, maximum: Bool) -> Int {
    var best = values.startIndex
    for i in values.indices {
      let x = values[i]
      if x.isNaN { return i - values.startIndex }
      if maximum ? x > values[best] : x < values[best] { best = i }
    }
    return best - values.startIndex
  }
}
