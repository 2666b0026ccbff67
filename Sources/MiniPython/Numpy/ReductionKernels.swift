/// Reductions of a contiguous matrix (or of all of a contiguous array) without a `ReductionPlan`:
/// the loops a training step runs on every batch (`np.max(x)`, `db = np.sum(dz, axis=0)`,
/// `np.argmax(scores, axis=0)`).
///
/// Each computes every output in the order the plan's loops do (rows outermost, a row's elements
/// in order, each folded into its column's accumulator), so the results are the same to the bit;
/// only the bookkeeping (plan, strides, closures) is gone, and the inner loops vectorise.
enum ReductionKernels {
  /// The largest (`maximum`) or smallest element of `n >= 1` values; NaN when any is NaN.
  ///
  /// Eight lanes keep running extremes and a lane-wise "seen NaN" flag, folded at the end.
  static func extreme(_ x: UnsafePointer<Double>, count n: Int, maximum: Bool) -> Double {
    typealias V = SIMD8<Double>
    let raw = UnsafeRawPointer(x)
    var i = 0
    var best = x[0]
    if n >= 16 {
      var lanes = raw.loadUnaligned(as: V.self)
      var nan = lanes .!= lanes
      i = 8
      while i + 8 <= n {
        let v = raw.loadUnaligned(fromByteOffset: i * 8, as: V.self)
        nan = nan .| (v .!= v)
        lanes.replace(with: v, where: maximum ? v .> lanes : v .< lanes)
        i += 8
      }
      if any(nan) { return .nan }
      best = lanes[0]
      for lane in 1..<8 where maximum ? lanes[lane] > best : lanes[lane] < best { best = lanes[lane] }
    } else {
      i = 1
    }
    while i < n {
      let v = x[i]
      if v.isNaN { return .nan }
      if maximum ? v > best : v < best { best = v }
      i += 1
    }
    return best
  }

  /// `out[j] = f(out[j], x[i, j])` for the rows `i` of a contiguous `[rows, columns]` matrix in
  /// order: the reduction over axis 0 into `columns` accumulators (already holding the initial
  /// value).
  static func foldRows(
    _ reduction: NDArray.Reduction, _ x: UnsafePointer<Double>, rows: Int, columns: Int,
    into out: UnsafeMutablePointer<Double>
  ) {
    @inline(__always) func run(_ f: (Double, Double) -> Double) {
      for i in 0..<rows {
        let row = x + i * columns
        for j in 0..<columns { out[j] = f(out[j], row[j]) }
      }
    }
    switch reduction {
    case .sum: run(+)
    case .nansum: run { $1.isNaN ? $0 : $0 + $1 }
    case .prod: run(*)
    case .max: run { $0.isNaN || $1.isNaN ? .nan : ($1 > $0 ? $1 : $0) }
    case .min: run { $0.isNaN || $1.isNaN ? .nan : ($1 < $0 ? $1 : $0) }
    case .all: run { $0 != 0 && $1 != 0 ? 1 : 0 }
    case .any: run { $0 != 0 || $1 != 0 ? 1 : 0 }
    case .countNonzero: run { $1 != 0 ? $0 + 1 : $0 }
    }
  }

  /// The row index of each column's first largest (`maximum`) or smallest element of a contiguous
  /// `[rows, columns]` matrix (`np.argmax(x, axis=0)`); a column's first NaN wins, as in numpy.
  static func argExtremeOfColumns(
    _ x: UnsafePointer<Double>, rows: Int, columns: Int, maximum: Bool, into index: UnsafeMutablePointer<Double>
  ) {
    withUnsafeTemporaryAllocation(of: Double.self, capacity: columns) { buffer in
      let best = buffer.baseAddress!
      for j in 0..<columns {
        best[j] = x[j]
        index[j] = 0
      }
      for i in 1..<max(rows, 1) {
        let row = x + i * columns
        let position = Double(i)
        for j in 0..<columns {
          let (v, b) = (row[j], best[j])
          let take = ((maximum ? v > b : v < b) || v.isNaN) && !b.isNaN
          best[j] = take ? v : b
          index[j] = take ? position : index[j]
        }
      }
    }
  }
}
