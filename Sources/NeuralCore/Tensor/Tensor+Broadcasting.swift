/// Broadcasting under numpy's rules.
///
/// Shapes are aligned at their last axis; two extents are compatible when they are equal or one of
/// them is 1, and a missing leading axis counts as 1. The result takes the larger extent of each axis:
///
/// ```
/// [N, D] ⊕ [D]    -> [N, D]
/// [N, 1] ⊕ [1, M] -> [N, M]
/// [2, 3] ⊕ [4]    -> ShapeError.notBroadcastable([2, 3], [4])
/// ```
extension Tensor {
  /// The shape two operands broadcast to.
  ///
  /// - Throws: `ShapeError.notBroadcastable(a, b)` when an axis has two different extents, neither 1.
  public static func broadcastShape(_ a: [Int], _ b: [Int]) throws(ShapeError) -> [Int] {
    if a == b { return a }
    let rank = Swift.max(a.count, b.count)
    var result = Array(repeating: 1, count: rank)
    for axis in 0..<rank {
      let x = axis - (rank - a.count) >= 0 ? a[axis - (rank - a.count)] : 1
      let y = axis - (rank - b.count) >= 0 ? b[axis - (rank - b.count)] : 1
      guard x == y || x == 1 || y == 1 else { throw .notBroadcastable(a, b) }
      result[axis] = x == 1 ? y : x
    }
    return result
  }

  /// Applies `op` element-wise to two tensors broadcast to a common shape: `c[i] = op(a[i], b[i])`.
  ///
  /// - Throws: `ShapeError.notBroadcastable` when the shapes do not broadcast.
  @inline(__always)
  public static func broadcasting(
    _ a: Tensor, _ b: Tensor, _ op: (Double, Double) -> Double
  ) throws(ShapeError) -> Tensor {
    let shape = try broadcastShape(a.shape, b.shape)
    return combined(a, b, shape: shape, op)
  }

  /// This tensor repeated along axes of extent 1 (and new leading axes) to fill `shape`.
  ///
  /// - Throws: `ShapeError.notBroadcastable(self.shape, shape)` unless this shape broadcasts to
  ///   exactly `shape`.
  public func broadcast(to shape: [Int]) throws(ShapeError) -> Tensor {
    guard (try? Tensor.broadcastShape(self.shape, shape)) == shape else {
      throw .notBroadcastable(self.shape, shape)
    }
    if self.shape == shape { return self }
    return Tensor.combined(self, Tensor(0), shape: shape) { x, _ in x }
  }

  /// Sums this tensor over the axes that broadcasting added to an operand of shape `target`.
  ///
  /// The adjoint of `broadcast(to:)`: when `y = f(a ⊕ b)` broadcast `a` from `target` to `shape`,
  /// `dL/da = dy.reduced(toShape: a.shape)`. Leading axes are summed away; axes where `target`
  /// has extent 1 are summed and kept with extent 1.
  ///
  /// - Precondition: `target` broadcasts to `shape`.
  public func reduced(toShape target: [Int]) -> Tensor {
    if target == shape { return self }
    precondition(
      (try? Tensor.broadcastShape(target, shape)) == shape,
      "cannot reduce shape \(shape) to \(target): \(target) does not broadcast to it")
    var result = [Double](repeating: 0, count: Tensor.count(of: target))
    let targetStrides = Tensor.broadcastStrides(of: target, to: shape)
    Tensor.forEachOffset(shape: shape, strides: targetStrides) { source, offset in
      result[offset] += scalars[source]
    }
    return Tensor(shape: target, scalars: result)
  }

  /// Row-major strides of `shape` read as if broadcast to `target`: 0 along broadcast axes.
  static func broadcastStrides(of shape: [Int], to target: [Int]) -> [Int] {
    let own = Tensor.strides(of: shape)
    let lead = target.count - shape.count
    return (0..<target.count).map { axis in
      axis < lead || shape[axis - lead] == 1 ? 0 : own[axis - lead]
    }
  }

  /// Calls `body(i, offset)` for each row-major index `i` of `shape`, with `offset = Σ index·stride`.
  static func forEachOffset(shape: [Int], strides: [Int], _ body: (Int, Int) -> Void) {
    let total = Tensor.count(of: shape)
    guard total > 0 else { return }
    guard let inner = shape.last else { return body(0, 0) }
    let innerStride = strides[strides.count - 1]
    let outerRank = shape.count - 1
    var index = Array(repeating: 0, count: outerRank)
    var base = 0
    var linear = 0
    while linear < total {
      var offset = base
      for _ in 0..<inner {
        body(linear, offset)
        linear += 1
        offset += innerStride
      }
      // Advance the outer odometer by one row.
      var axis = outerRank - 1
      while axis >= 0 {
        index[axis] += 1
        base += strides[axis]
        if index[axis] < shape[axis] { break }
        base -= strides[axis] * index[axis]
        index[axis] = 0
        axis -= 1
      }
    }
  }

  /// `op` applied element-wise to `a` and `b` read as broadcast to `shape` (already validated).
  @inline(__always)
  static func combined(
    _ a: Tensor, _ b: Tensor, shape: [Int], _ op: (Double, Double) -> Double
  ) -> Tensor {
    let count = Tensor.count(of: shape)
    if a.shape == b.shape {
      let scalars = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
        a.scalars.withUnsafeBufferPointer { x in
          b.scalars.withUnsafeBufferPointer { y in
            for i in 0..<count { (buffer.baseAddress! + i).initialize(to: op(x[i], y[i])) }
          }
        }
        initialized = count
      }
      return Tensor(shape: shape, scalars: scalars)
    }
    if b.count == 1 && a.count == count {
      let y = b.scalars[0]
      return Tensor(shape: shape, scalars: a.scalars.map { op($0, y) })
    }
    if a.count == 1 && b.count == count {
      let x = a.scalars[0]
      return Tensor(shape: shape, scalars: b.scalars.map { op(x, $0) })
    }
    guard count > 0 else { return Tensor(zeros: shape) }
    let aStrides = broadcastStrides(of: a.shape, to: shape)
    let bStrides = broadcastStrides(of: b.shape, to: shape)
    let inner = shape[shape.count - 1]
    let (aInner, bInner) = (aStrides[shape.count - 1], bStrides[shape.count - 1])
    let scalars = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      a.scalars.withUnsafeBufferPointer { x in
        b.scalars.withUnsafeBufferPointer { y in
          var index = [Int](repeating: 0, count: shape.count - 1)
          var (aBase, bBase, i) = (0, 0, 0)
          while i < count {
            var (aOffset, bOffset) = (aBase, bBase)
            for _ in 0..<inner {
              (buffer.baseAddress! + i).initialize(to: op(x[aOffset], y[bOffset]))
              i += 1
              aOffset += aInner
              bOffset += bInner
            }
            var axis = shape.count - 2
            while axis >= 0 {
              index[axis] += 1
              aBase += aStrides[axis]
              bBase += bStrides[axis]
              if index[axis] < shape[axis] { break }
              aBase -= aStrides[axis] * index[axis]
              bBase -= bStrides[axis] * index[axis]
              index[axis] = 0
              axis -= 1
            }
          }
        }
      }
      initialized = count
    }
    return Tensor(shape: shape, scalars: scalars)
  }
}
