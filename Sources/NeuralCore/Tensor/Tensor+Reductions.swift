/// Reductions over all elements or along one axis, as numpy's `sum`, `mean`, `max`, … .
///
/// Along an axis of a tensor `[d₀, …, dₖ, …]`, the result drops axis `k` (or keeps it with extent 1
/// when `keepingDimensions` is true). A negative axis counts from the end (`-1` is the last).
/// `max` and `min` propagate NaN, as numpy does.
extension Tensor {
  /// `Σᵢ xᵢ` (0 for an empty tensor).
  public func sum() -> Double {
    scalars.withUnsafeBufferPointer { x in
      var total = 0.0
      for v in x { total += v }
      return total
    }
  }

  /// `Σᵢ xᵢ / n` (`nan` for an empty tensor, as numpy).
  public func mean() -> Double { sum() / Double(count) }

  /// The largest element. - Precondition: the tensor is not empty.
  public func max() -> Double {
    precondition(count > 0, "zero-size array to reduction operation maximum which has no identity")
    return scalars.reduce(-Double.infinity, Tensor.maximum)
  }

  /// The smallest element. - Precondition: the tensor is not empty.
  public func min() -> Double {
    precondition(count > 0, "zero-size array to reduction operation minimum which has no identity")
    return scalars.reduce(Double.infinity, Tensor.minimum)
  }

  /// The row-major index of the largest element (the first one on ties; the first NaN if any).
  ///
  /// - Precondition: the tensor is not empty.
  public func argmax() -> Int {
    precondition(count > 0, "attempt to get argmax of an empty sequence")
    return Tensor.argBest(scalars[...], >)
  }

  /// The row-major index of the smallest element (the first on ties; the first NaN if any).
  ///
  /// - Precondition: the tensor is not empty.
  public func argmin() -> Int {
    precondition(count > 0, "attempt to get argmin of an empty sequence")
    return Tensor.argBest(scalars[...], <)
  }

  /// `Σₖ x[…, k, …]` along `axis`.
  public func sum(alongAxis axis: Int, keepingDimensions: Bool = false) -> Tensor {
    reduce(alongAxis: axis, keepingDimensions: keepingDimensions, initial: 0, +)
  }

  /// `Σₖ x[…, k, …] / n` along `axis`.
  public func mean(alongAxis axis: Int, keepingDimensions: Bool = false) -> Tensor {
    let n = Double(shape[normalizedAxis(axis)])
    return sum(alongAxis: axis, keepingDimensions: keepingDimensions) / n
  }

  /// `maxₖ x[…, k, …]` along `axis`. - Precondition: the axis is not empty.
  public func max(alongAxis axis: Int, keepingDimensions: Bool = false) -> Tensor {
    precondition(shape[normalizedAxis(axis)] > 0, "max along an empty axis of \(shape)")
    return reduce(alongAxis: axis, keepingDimensions: keepingDimensions, initial: -.infinity, Tensor.maximum)
  }

  /// `minₖ x[…, k, …]` along `axis`. - Precondition: the axis is not empty.
  public func min(alongAxis axis: Int, keepingDimensions: Bool = false) -> Tensor {
    precondition(shape[normalizedAxis(axis)] > 0, "min along an empty axis of \(shape)")
    return reduce(alongAxis: axis, keepingDimensions: keepingDimensions, initial: .infinity, Tensor.minimum)
  }

  /// `Πₖ x[…, k, …]` along `axis`.
  public func prod(alongAxis axis: Int, keepingDimensions: Bool = false) -> Tensor {
    reduce(alongAxis: axis, keepingDimensions: keepingDimensions, initial: 1, *)
  }

  /// The population variance `Σₖ (x[…, k, …] - μ)² / n` along `axis` (numpy's `var`, `ddof=0`).
  public func variance(alongAxis axis: Int, keepingDimensions: Bool = false) -> Tensor {
    let mu = mean(alongAxis: axis, keepingDimensions: true)
    return (self - mu).squared().mean(alongAxis: axis, keepingDimensions: keepingDimensions)
  }

  /// The index of the largest element along `axis`, as a tensor of whole numbers with that axis
  /// removed (first on ties, first NaN if any). - Precondition: the axis is not empty.
  public func argmax(alongAxis axis: Int) -> Tensor { argBest(alongAxis: axis, >) }

  /// The index of the smallest element along `axis` (first on ties, first NaN if any).
  public func argmin(alongAxis axis: Int) -> Tensor { argBest(alongAxis: axis, <) }

  /// `axis` as a non-negative index. - Precondition: `-rank <= axis < rank`.
  public func normalizedAxis(_ axis: Int) -> Int {
    precondition(
      axis >= -rank && axis < Swift.max(rank, 1) && rank > 0,
      "axis \(axis) is out of bounds for array of dimension \(rank)")
    return axis < 0 ? axis + rank : axis
  }

  /// The extents before, at and after `axis`: the tensor read as `[outer, n, inner]`.
  func split(at axis: Int) -> (outer: Int, n: Int, inner: Int) {
    (Tensor.count(of: Array(shape[..<axis])), shape[axis], Tensor.count(of: Array(shape[(axis + 1)...])))
  }

  private func reducedShape(_ axis: Int, keeping: Bool) -> [Int] {
    var result = shape
    if keeping { result[axis] = 1 } else { result.remove(at: axis) }
    return result
  }

  private func reduce(
    alongAxis axis: Int, keepingDimensions: Bool, initial: Double, _ combine: (Double, Double) -> Double
  ) -> Tensor {
    let axis = normalizedAxis(axis)
    let (outer, n, inner) = split(at: axis)
    var result = [Double](repeating: initial, count: outer * inner)
    scalars.withUnsafeBufferPointer { x in
      result.withUnsafeMutableBufferPointer { r in
        for o in 0..<outer {
          for k in 0..<n {
            let source = (o * n + k) * inner
            for i in 0..<inner { r[o * inner + i] = combine(r[o * inner + i], x[source + i]) }
          }
        }
      }
    }
    return Tensor(shape: reducedShape(axis, keeping: keepingDimensions), scalars: result)
  }

  private func argBest(alongAxis axis: Int, _ better: (Double, Double) -> Bool) -> Tensor {
    let axis = normalizedAxis(axis)
    let (outer, n, inner) = split(at: axis)
    precondition(n > 0, "attempt to get argmax of an empty sequence")
    var result = [Double](repeating: 0, count: outer * inner)
    for o in 0..<outer {
      for i in 0..<inner {
        var best = 0
        var value = scalars[o * n * inner + i]
        for k in 1..<n where !value.isNaN {
          let v = scalars[(o * n + k) * inner + i]
          if better(v, value) || v.isNaN { (best, value) = (k, v) }
        }
        result[o * inner + i] = Double(best)
      }
    }
    return Tensor(shape: reducedShape(axis, keeping: false), scalars: result)
  }

  private static func argBest(_ x: ArraySlice<Double>, _ better: (Double, Double) -> Bool) -> Int {
    var best = x.startIndex
    for i in x.indices.dropFirst() where !x[best].isNaN {
      if better(x[i], x[best]) || x[i].isNaN { best = i }
    }
    return best - x.startIndex
  }

  @inline(__always) static func maximum(_ a: Double, _ b: Double) -> Double {
    a.isNaN || b.isNaN ? .nan : a >= b ? a : b
  }

  @inline(__always) static func minimum(_ a: Double, _ b: Double) -> Double {
    a.isNaN || b.isNaN ? .nan : a <= b ? a : b
  }
}
