/// `np.histogram`: counts of values in bins, as numpy computes them.
extension NDArray {
  /// The bins of a histogram: a number of equal-width bins, or their edges.
  public enum HistogramBins {
    case count(Int)
    /// The edges, increasing; the result's edges keep their dtype.
    case edges(NDArray)
  }

  /// `np.histogram(a, bins, range, density, weights)`: the (weighted) count of the flattened `a`
  /// in each bin, and the `bins + 1` edges (`float64`).
  ///
  /// Every bin but the last is half-open, `[edgeᵢ, edgeᵢ₊₁)`; the last includes its right edge.
  /// Equal-width bins span `range` or the data's minimum to maximum (widened by 0.5 each way when
  /// they are equal); a value's bin is `⌊(x - first)/(last - first)·bins⌋`, corrected against
  /// the edges, as numpy does. `density` divides by the total and by each bin's width.
  ///
  /// - Throws: numpy's `ValueError`s: a non-finite autodetected or supplied range, a reversed
  ///   range, a non-positive bin count, decreasing edges, weights of another shape.
  public static func histogram(
    _ a: NDArray, bins: HistogramBins = .count(10), range: (low: Double, high: Double)? = nil,
    density: Bool = false, weights: NDArray? = nil
  ) throws(NumpyError) -> (counts: NDArray, edges: NDArray) {
    if let weights, weights.shape != a.shape { throw .value("weights should have the same shape as a.") }
    let values = a.scalars
    let w = weights?.scalars
    var counts: [Double]
    let edges: [Double]
    var edgeType = DType.float64
    switch bins {
    case .count(let n):
      guard n >= 1 else { throw .value("`bins` must be positive, when an integer") }
      let (first, last) = try outerEdges(values, range: range, isIntegral: a.dtype != .float64)
      edges = try linspace(first, last, count: n + 1).scalars
      counts = Array(repeating: 0, count: n)
      let span = last - first
      for (k, x) in values.enumerated() where x >= first && x <= last {
        var index = Int((x - first) / span * Double(n))
        if index == n { index -= 1 }
        if x < edges[index] { index -= 1 }
        if x >= edges[index + 1] && index != n - 1 { index += 1 }
        counts[index] += w?[k] ?? 1
      }
    case .edges(let array):
      let given = array.scalars
      edgeType = array.dtype
      if zip(given, given.dropFirst()).contains(where: { $0 > $1 }) {
        throw .value("`bins` must increase monotonically, when an array")
      }
      edges = given
      counts = Array(repeating: 0, count: max(given.count - 1, 0))
      guard given.count >= 2 else { break }
      for (k, x) in values.enumerated() where x >= given[0] && x <= given[given.count - 1] {
        // numpy counts x < edge from the left for each edge but the last, x <= edge for the last:
        // x falls in the bin of the last edge at or below it, and the last edge closes the last bin.
        let index = x == given[given.count - 1] ? given.count - 2 : given.lastIndex { $0 <= x }!
        counts[index] += w?[k] ?? 1
      }
    }
    let type: DType = weights?.dtype ?? .int64
    if density {
      let total = counts.reduce(0, +)
      counts = counts.indices.map { counts[$0] / (edges[$0 + 1] - edges[$0]) / total }
      return (NDArray(shape: [counts.count], scalars: counts), NDArray(shape: [edges.count], scalars: edges, dtype: edgeType))
    }
    return (
      NDArray(shape: [counts.count], scalars: counts, dtype: type), NDArray(shape: [edges.count], scalars: edges, dtype: edgeType)
    )
  }

  /// The span of equal-width bins: `range`, or the data's extremes (0 to 1 for no data), widened
  /// by 0.5 each way when the two are equal.
  private static func outerEdges(_ values: [Double], range: (low: Double, high: Double)?, isIntegral: Bool) throws(NumpyError) -> (Double, Double) {
    func text(_ x: Double) -> String { isIntegral && x.isFinite ? String(Int(x)) : "\(x)" }
    var (first, last): (Double, Double)
    if let range {
      (first, last) = range
      if first > last { throw .value("max must be larger than min in range parameter.") }
      if !first.isFinite || !last.isFinite {
        throw .value("supplied range of [\(first), \(last)] is not finite")
      }
    } else if values.isEmpty {
      (first, last) = (0, 1)
    } else {
      let hasNaN = values.contains { $0.isNaN }
      first = hasNaN ? .nan : values.min()!
      last = hasNaN ? .nan : values.max()!
      if !first.isFinite || !last.isFinite {
        throw .value("autodetected range of [\(text(first)), \(text(last))] is not finite")
      }
    }
    if first == last { (first, last) = (first - 0.5, last + 0.5) }
    return (first, last)
  }
}
