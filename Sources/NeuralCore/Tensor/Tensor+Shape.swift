/// Rearranging elements: transpose and permute, concatenate and stack, slices, padding, axes of
/// extent 1. Every operation returns a new row-major tensor (no views).
extension Tensor {
  /// The axes in reverse order, as numpy's `x.T`: `y[j, i] = x[i, j]` for a matrix `[N, D] -> [D, N]`.
  public func transposed() -> Tensor {
    if rank < 2 { return self }
    if rank == 2 { return Tensor.transpose2D(self) }
    return permuted(Array((0..<rank).reversed()))
  }

  /// The axes reordered: axis `i` of the result is axis `axes[i]` of this tensor (`np.transpose(x, axes)`).
  ///
  /// - Precondition: `axes` is a permutation of `0..<rank` (negative axes allowed).
  public func permuted(_ axes: [Int]) -> Tensor {
    let axes = axes.map(normalizedAxis)
    precondition(axes.count == rank && Set(axes).count == rank, "axes \(axes) don't match array of shape \(shape)")
    if axes == Array(0..<rank) { return self }
    let own = strides
    let newShape = axes.map { shape[$0] }
    var result = [Double](repeating: 0, count: count)
    Tensor.forEachOffset(shape: newShape, strides: axes.map { own[$0] }) { i, offset in
      result[i] = scalars[offset]
    }
    return Tensor(shape: newShape, scalars: result)
  }

  /// The tensors joined along an existing axis (`np.concatenate`).
  ///
  /// - Throws: `ShapeError.mismatch` when the list is empty, ranks differ, the axis is out of range, or
  ///   an extent other than `axis` differs, in numpy's words.
  public static func concatenated(_ tensors: [Tensor], alongAxis axis: Int = 0) throws(ShapeError) -> Tensor {
    guard let first = tensors.first else { throw .mismatch("need at least one array to concatenate") }
    guard first.rank > 0 else { throw .mismatch("zero-dimensional arrays cannot be concatenated") }
    guard axis >= -first.rank && axis < first.rank else {
      throw .mismatch("axis \(axis) is out of bounds for array of dimension \(first.rank)")
    }
    let axis = axis < 0 ? axis + first.rank : axis
    for (index, t) in tensors.enumerated() {
      guard t.rank == first.rank else {
        throw .mismatch(
          "all the input arrays must have same number of dimensions, but the array at index 0 has "
            + "\(first.rank) dimension(s) and the array at index \(index) has \(t.rank) dimension(s)")
      }
      for d in 0..<first.rank where d != axis && t.shape[d] != first.shape[d] {
        throw .mismatch(
          "all the input array dimensions except for the concatenation axis must match exactly, but "
            + "along dimension \(d), the array at index 0 has size \(first.shape[d]) and the array at "
            + "index \(index) has size \(t.shape[d])")
      }
    }
    var shape = first.shape
    shape[axis] = tensors.reduce(0) { $0 + $1.shape[axis] }
    let outer = Tensor.count(of: Array(shape[..<axis]))
    var result = [Double]()
    result.reserveCapacity(Tensor.count(of: shape))
    for o in 0..<outer {
      for t in tensors {
        let block = t.count / Swift.max(outer, 1)
        result.append(contentsOf: t.scalars[(o * block)..<((o + 1) * block)])
      }
    }
    return Tensor(shape: shape, scalars: result)
  }

  /// The tensors joined along a new axis (`np.stack`): `n` tensors of shape `S` give a tensor with
  /// `n` inserted into `S` at `axis`.
  ///
  /// - Throws: `ShapeError.mismatch` when the list is empty or the shapes differ.
  public static func stacked(_ tensors: [Tensor], alongAxis axis: Int = 0) throws(ShapeError) -> Tensor {
    guard let first = tensors.first else { throw .mismatch("need at least one array to stack") }
    guard tensors.allSatisfy({ $0.shape == first.shape }) else {
      throw .mismatch("all input arrays must have the same shape")
    }
    guard axis >= -(first.rank + 1) && axis <= first.rank else {
      throw .mismatch("axis \(axis) is out of bounds for array of dimension \(first.rank + 1)")
    }
    return try concatenated(tensors.map { $0.expandingDimension(at: axis) }, alongAxis: axis)
  }

  /// The elements whose index along `axis` lies in `range`: `x[…, range, …]`.
  ///
  /// - Precondition: `range` lies within `0...shape[axis]`.
  public func sliced(alongAxis axis: Int, range: Range<Int>) -> Tensor {
    gathered(Array(range), alongAxis: axis)
  }

  /// The elements at `indices` along `axis`, in that order (numpy's `np.take(x, indices, axis)`);
  /// indices may repeat. Negative indices count from the end.
  ///
  /// - Precondition: every index is within `-shape[axis]..<shape[axis]`.
  public func gathered(_ indices: [Int], alongAxis axis: Int = 0) -> Tensor {
    let axis = normalizedAxis(axis)
    let (outer, n, inner) = split(at: axis)
    var result = [Double]()
    result.reserveCapacity(outer * indices.count * inner)
    for o in 0..<outer {
      for index in indices {
        precondition(index >= -n && index < n, "index \(index) is out of bounds for axis \(axis) with size \(n)")
        let k = index < 0 ? index + n : index
        result.append(contentsOf: scalars[((o * n + k) * inner)..<((o * n + k + 1) * inner)])
      }
    }
    var newShape = shape
    newShape[axis] = indices.count
    return Tensor(shape: newShape, scalars: result)
  }

  /// Row `i` along the first axis, `x[i]`, of shape `shape.dropFirst()`; negative `i` counts from the end.
  public subscript(row i: Int) -> Tensor {
    get {
      precondition(rank > 0 && i >= -shape[0] && i < shape[0], "index \(i) is out of bounds for shape \(shape)")
      let i = i < 0 ? i + shape[0] : i
      let size = count / shape[0]
      return Tensor(shape: Array(shape.dropFirst()), scalars: Array(scalars[(i * size)..<((i + 1) * size)]))
    }
    set {
      precondition(rank > 0 && i >= -shape[0] && i < shape[0], "index \(i) is out of bounds for shape \(shape)")
      let i = i < 0 ? i + shape[0] : i
      let rowShape = Array(shape.dropFirst())
      let value = Tensor.elementwise(newValue, Tensor(zeros: rowShape)) { x, _ in x }
      precondition(value.shape == rowShape, "could not broadcast \(newValue.shape) into \(rowShape)")
      let size = value.count
      scalars.replaceSubrange((i * size)..<((i + 1) * size), with: value.scalars)
    }
  }

  /// This tensor surrounded by `value` (`np.pad` with `constant_values`): axis `d` grows by
  /// `widths[d].before + widths[d].after`.
  ///
  /// - Precondition: one non-negative pair per axis.
  public func padded(_ widths: [(before: Int, after: Int)], value: Double = 0) -> Tensor {
    precondition(widths.count == rank, "\(widths.count) pad widths for shape \(shape)")
    precondition(widths.allSatisfy { $0.before >= 0 && $0.after >= 0 }, "negative pad width")
    let newShape = zip(shape, widths).map { $0 + $1.before + $1.after }
    var result = [Double](repeating: value, count: Tensor.count(of: newShape))
    let offset = zip(Tensor.strides(of: newShape), widths).reduce(0) { $0 + $1.0 * $1.1.before }
    Tensor.forEachOffset(shape: shape, strides: Tensor.strides(of: newShape)) { i, target in
      result[offset + target] = scalars[i]
    }
    return Tensor(shape: newShape, scalars: result)
  }

  /// The same elements with every axis of extent 1 removed (`np.squeeze`).
  public func squeezed() -> Tensor {
    Tensor(shape: shape.filter { $0 != 1 }, scalars: scalars)
  }

  /// The same elements with a new axis of extent 1 inserted at `axis` (`np.expand_dims`);
  /// `axis` may be `-(rank + 1)...rank`.
  public func expandingDimension(at axis: Int) -> Tensor {
    precondition(axis >= -(rank + 1) && axis <= rank, "axis \(axis) is out of bounds for array of dimension \(rank + 1)")
    var newShape = shape
    newShape.insert(1, at: axis < 0 ? axis + rank + 1 : axis)
    return Tensor(shape: newShape, scalars: scalars)
  }

  // Blocks of 32x32 keep both the rows read and the rows written in cache.
  private static func transpose2D(_ x: Tensor) -> Tensor {
    let (rows, columns) = (x.shape[0], x.shape[1])
    let scalars = [Double](unsafeUninitializedCapacity: x.count) { out, initialized in
      x.scalars.withUnsafeBufferPointer { source in
        for i0 in stride(from: 0, to: rows, by: 32) {
          for j0 in stride(from: 0, to: columns, by: 32) {
            for i in i0..<Swift.min(i0 + 32, rows) {
              for j in j0..<Swift.min(j0 + 32, columns) {
                (out.baseAddress! + j * rows + i).initialize(to: source[i * columns + j])
              }
            }
          }
        }
      }
      initialized = x.count
    }
    return Tensor(shape: [columns, rows], scalars: scalars)
  }
}
