/// Element-wise selection and comparison: where, clip, nan_to_num, isclose, allclose, array_equal.
extension NDArray {
  /// `np.where(condition, x, y)`: `x` where the condition holds, else `y`, all broadcast together.
  public static func select(_ condition: NDArray, _ x: NDArray, _ y: NDArray) throws(NumpyError) -> NDArray {
    let shape = try broadcastShape(broadcastShape(condition.shape, x.shape), y.shape)
    let c = condition.broadcast(to: shape).scalars
    let a = x.broadcast(to: shape).scalars
    let b = y.broadcast(to: shape).scalars
    var out = b
    for i in out.indices where c[i] != 0 { out[i] = a[i] }
    return NDArray(shape: shape, scalars: out, dtype: DType.promoted(x.dtype, y.dtype))
  }

  /// `np.nonzero(a)`: the coordinates of the non-zero elements, one integer array per axis.
  public func nonzero() -> [NDArray] {
    let values = scalars
    var coordinates = [[Double]](repeating: [], count: max(ndim, 1))
    var position = [Int](repeating: 0, count: ndim)
    for value in values {
      if value != 0 {
        for axis in 0..<ndim { coordinates[axis].append(Double(position[axis])) }
      }
      var axis = ndim - 1
      while axis >= 0 {
        position[axis] += 1
        if position[axis] < shape[axis] { break }
        position[axis] = 0
        axis -= 1
      }
    }
    return coordinates.prefix(ndim).map { NDArray(shape: [$0.count], scalars: $0, dtype: .int64) }
  }

  /// `np.clip(a, low, high, out=out)` in one pass, for a contiguous float64 array and bounds that
  /// are numbers (or nil): `minimum(maximum(x, low), high)` for each element, NaN propagating as
  /// in those two functions. `out` (nil: a new array) must be `self` or a contiguous float64 array
  /// of the same shape in other storage. Nil when another case needs the general path.
  func clipped(low: Double?, high: Double?, into out: NDArray?) -> NDArray? {
    guard dtype == .float64, isContiguous else { return nil }
    if let out, out !== self {
      guard out.dtype == .float64, out.isContiguous, out.shape == shape, out.storage !== storage else { return nil }
    }
    let (n, x) = (count, readAddress)
    @inline(__always) func clip(_ value: Double) -> Double {
      var y = value
      if let low { y = y.isNaN || low.isNaN ? .nan : (y >= low ? y : low) }
      if let high { y = y.isNaN || high.isNaN ? .nan : (y <= high ? y : high) }
      return y
    }
    guard let out else {
      let values = [Double](count: n) { destination in
        for i in 0..<n { destination[i] = clip(x[i]) }
      }
      return NDArray(shape: shape, scalars: values, dtype: .float64, stridesOf: self)
    }
    let target = out.offset
    out.storage.buffer.withUnsafeMutableBufferPointer { buffer in
      guard n > 0 else { return }
      let o = buffer.baseAddress! + target
      if out === self {
        // In place through one pointer: with two, the vectorised loop's overlap check fails and
        // the loop runs element by element (twice the time).
        for i in 0..<n { o[i] = clip(o[i]) }
      } else {
        for i in 0..<n { o[i] = clip(x[i]) }
      }
    }
    return out
  }

  /// `np.clip(a, low, high)`: `minimum(maximum(a, low), high)`; either bound may be nil (None).
  public func clipped(low: NDArray?, high: NDArray?) throws(NumpyError) -> NDArray {
    var result = self
    if let low { result = try NDArray.binary(.maximum, result, low) }
    if let high { result = try NDArray.binary(.minimum, result, high) }
    return result === self ? copy() : result
  }

  /// `np.nan_to_num(a, nan=0.0, posinf=None, neginf=None)`: NaN to `nan`, ±∞ to the largest finite values.
  public func nanToNum(nan: Double = 0, positiveInfinity: Double? = nil, negativeInfinity: Double? = nil) -> NDArray {
    if dtype != .float64 { return copy() }
    let values = scalars.map { x -> Double in
      if x.isNaN { return nan }
      if x == .infinity { return positiveInfinity ?? Double.greatestFiniteMagnitude }
      if x == -.infinity { return negativeInfinity ?? -Double.greatestFiniteMagnitude }
      return x
    }
    return NDArray(shape: shape, scalars: values, dtype: dtype)
  }

  /// `np.isclose(a, b, rtol, atol, equal_nan)`: `|a - b| <= atol + rtol·|b|`, infinities equal
  /// only to themselves.
  public static func isClose(_ a: NDArray, _ b: NDArray, rtol: Double = 1e-5, atol: Double = 1e-8, equalNaN: Bool = false) throws(NumpyError) -> NDArray {
    let shape = try broadcastShape(a.shape, b.shape)
    let x = a.broadcast(to: shape).scalars
    let y = b.broadcast(to: shape).scalars
    var out = [Double](repeating: 0, count: x.count)
    for i in out.indices {
      let (p, q) = (x[i], y[i])
      let close: Bool
      if p.isNaN || q.isNaN {
        close = equalNaN && p.isNaN && q.isNaN
      } else if p.isInfinite || q.isInfinite {
        close = p == q
      } else {
        close = Swift.abs(p - q) <= atol + rtol * Swift.abs(q)
      }
      out[i] = close ? 1 : 0
    }
    return NDArray(shape: shape, scalars: out, dtype: .bool)
  }

  /// `np.allclose`: whether `isClose` holds everywhere.
  public static func allClose(_ a: NDArray, _ b: NDArray, rtol: Double = 1e-5, atol: Double = 1e-8, equalNaN: Bool = false) throws(NumpyError) -> Bool {
    try isClose(a, b, rtol: rtol, atol: atol, equalNaN: equalNaN).scalars.allSatisfy { $0 != 0 }
  }

  /// `np.array_equal`: same shape and equal elements.
  public static func arrayEqual(_ a: NDArray, _ b: NDArray) -> Bool {
    a.shape == b.shape && a.scalars == b.scalars
  }
}
