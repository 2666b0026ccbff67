/// Order statistics: `np.median`, `np.percentile`, `np.quantile` (numpy's default `linear` method).
extension NDArray {
  /// `np.quantile(a, q, axis, keepdims)` for `q` in [0, 1]: for each `q` and each lane along
  /// `axis` (the flattened array for `nil`), the sorted lane `v` of length `n` read at the virtual
  /// index `i = (n - 1)·q` by linear interpolation between `v[⌊i⌋]` and `v[⌊i⌋ + 1]`, computed as
  /// numpy's `_lerp` computes it (`a + (b - a)·t`, or `b - (b - a)·(1 - t)` for `t ≥ 0.5`). A lane
  /// holding NaN gives NaN. The result has shape `q.shape + ` the reduced shape, dtype `float64`.
  ///
  /// - Precondition: every `q` lies in [0, 1] (the binding raises numpy's `ValueError`).
  public func quantiles(_ q: NDArray, axis: Int?, keepdims: Bool = false) throws(NumpyError) -> NDArray {
    let (lanes, reducedShape) = try sortedLanes(axis: axis, keepdims: keepdims)
    var result: [Double] = []
    for fraction in q.scalars {
      for lane in lanes {
        let n = lane.count
        guard n > 0, !(lane.last!.isNaN) else {  // NaN sorts last
          result.append(.nan)
          continue
        }
        let virtual = Double(n - 1) * fraction
        guard virtual < Double(n - 1) else {
          result.append(lane[n - 1])
          continue
        }
        let below = virtual.rounded(.down)
        let (a, b, t) = (lane[Int(below)], lane[Int(below) + 1], virtual - below)
        let difference = b - a
        result.append(t >= 0.5 ? b - difference * (1 - t) : a + difference * t)
      }
    }
    return NDArray(shape: q.shape + reducedShape, scalars: result)
  }

  /// `np.median(a, axis, keepdims)`: the middle of each sorted lane, or the mean of the two
  /// middle values `(a + b)/2` when the lane has an even length; NaN when the lane holds NaN.
  public func median(axis: Int?, keepdims: Bool = false) throws(NumpyError) -> NDArray {
    let (lanes, reducedShape) = try sortedLanes(axis: axis, keepdims: keepdims)
    let middles = lanes.map { lane -> Double in
      let n = lane.count
      guard n > 0, !(lane.last!.isNaN) else { return .nan }
      return n % 2 == 1 ? lane[n / 2] : (lane[n / 2 - 1] + lane[n / 2]) / 2
    }
    return NDArray(shape: reducedShape, scalars: middles)
  }

  /// The lanes along `axis` (every element for `nil`), each sorted ascending with NaN last, and
  /// the shape of what remains (with a 1 in place of reduced axes when `keepdims`).
  private func sortedLanes(axis: Int?, keepdims: Bool) throws(NumpyError) -> (lanes: [[Double]], shape: [Int]) {
    guard let axis else {
      return ([scalars.sorted(by: NDArray.ascending)], keepdims ? shape.map { _ in 1 } : [])
    }
    let k = try normalizedAxes([axis])[0]
    let (n, inner) = (shape[k], shape[(k + 1)...].reduce(1, *))
    let outer = shape[..<k].reduce(1, *)
    let values = scalars
    var lanes: [[Double]] = []
    lanes.reserveCapacity(outer * inner)
    for o in 0..<outer {
      for j in 0..<inner {
        lanes.append((0..<n).map { values[o * n * inner + $0 * inner + j] }.sorted(by: NDArray.ascending))
      }
    }
    var remaining = shape
    if keepdims { remaining[k] = 1 } else { remaining.remove(at: k) }
    return (lanes, remaining)
  }
}
