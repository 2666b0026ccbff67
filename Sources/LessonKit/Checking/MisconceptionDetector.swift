/// Recognises named mistakes by comparing the learner's value with transformed reference values.
///
/// | Mistake | The learner's value matches |
/// |---|---|
/// | `transposed` | the reference transposed (2-D) |
/// | `factor` | the reference times or divided by the factor (or any constant ratio ≠ ±1) |
/// | `sign` | the reference negated |
/// | `broadcast` | nothing: its shape is a different broadcast of the reference's shape |
/// | `softmax-overflow` | nothing: it holds `inf`/`nan` where the reference is finite |
/// | `log-of-zero` | nothing: it holds `-inf`/`nan` where the reference is finite |
enum MisconceptionDetector {
  typealias Numeric = (shape: [Int], scalars: [Double])
  typealias Tolerance = (absolute: Double, relative: Double)

  /// The first misconception (in the author's order) that explains `got`, if any.
  static func detect(
    _ misconceptions: [Misconception], got: CheckValue, expected: CheckValue,
    tolerance: Tolerance
  ) -> Misconception? {
    guard let g = got.numeric, let e = expected.numeric else { return nil }
    return misconceptions.first { matches($0.kind, got: g, expected: e, tolerance) }
  }

  static func matches(
    _ kind: Misconception.Kind, got g: Numeric, expected e: Numeric, _ tolerance: Tolerance
  ) -> Bool {
    let finite = e.scalars.allSatisfy(\.isFinite)
    switch kind {
    case .transposed:
      guard e.shape.count == 2 else { return false }
      let (rows, columns) = (e.shape[0], e.shape[1])
      var transposed = [Double](repeating: 0, count: e.scalars.count)
      for i in 0..<rows {
        for j in 0..<columns { transposed[j * rows + i] = e.scalars[i * columns + j] }
      }
      return ValueComparison.close(g, ([columns, rows], transposed), tolerance)
    case .signFlipped:
      return e.scalars.contains { $0 != 0 }
        && ValueComparison.close(g, (e.shape, e.scalars.map { -$0 }), tolerance)
    case .factor(let factor):
      guard g.shape == e.shape else { return false }
      let candidates: [Double]
      if let factor {
        candidates = [factor, 1 / factor]
      } else {
        guard let index = e.scalars.indices.first(where: { abs(e.scalars[$0]) > 1e-12 }) else {
          return false
        }
        let ratio = g.scalars[index] / e.scalars[index]
        guard ratio.isFinite, abs(abs(ratio) - 1) > 1e-6, ratio != 0 else { return false }
        candidates = [ratio]
      }
      return candidates.contains { k in
        ValueComparison.close(g, (e.shape, e.scalars.map { $0 * k }), tolerance)
      }
    case .wrongBroadcast:
      return g.shape != e.shape && g.scalars.count > e.scalars.count
        && broadcastCompatible(g.shape, e.shape)
    case .softmaxOverflow:
      return finite && g.scalars.contains { !$0.isFinite }
    case .logOfZero:
      return finite && g.scalars.contains { $0.isNaN || $0 == -.infinity }
    }
  }

  /// Whether numpy could broadcast the two shapes together (aligned from the right).
  static func broadcastCompatible(_ a: [Int], _ b: [Int]) -> Bool {
    for (x, y) in zip(a.reversed(), b.reversed()) where x != y && x != 1 && y != 1 {
      return false
    }
    return true
  }
}
