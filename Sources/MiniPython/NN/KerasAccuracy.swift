import NeuralCore

/// The accuracy Keras picks for `metrics=["accuracy"]` from the loss and the output width.
///
/// ```
/// binary       (ŷ > 0.5) == y              binary cross-entropy, or one output column
/// categorical  argmax ŷ == argmax y        categorical cross-entropy (one-hot targets)
/// sparse       argmax ŷ == y               sparse categorical cross-entropy (class indices)
/// ```
enum KerasAccuracy {
  case binary, categorical, sparse

  init(loss: KerasLoss, outputWidth: Int) {
    switch loss.kind {
    case .binaryCrossentropy: self = .binary
    case .categoricalCrossentropy: self = .categorical
    case .sparseCategoricalCrossentropy: self = .sparse
    case .meanSquaredError, .hinge: self = outputWidth == 1 ? .binary : .categorical
    }
  }

  /// How many examples are predicted right (for several binary outputs, the mean over outputs) (targets as `KerasLoss.targets` shaped them).
  func hits(predicted p: Tensor, expected y: Tensor) -> Double {
    let n = p.shape.first ?? 0
    guard n > 0 else { return 0 }
    let width = p.count / n
    var hits = 0
    switch self {
    case .binary:
      for (q, t) in zip(p.scalars, y.scalars) where (q > 0.5) == (t > 0.5) { hits += 1 }
      return width == 0 ? 0 : Double(hits) / Double(width)
    case .categorical, .sparse:
      for i in 0..<n {
        let predicted = Self.argmax(p.scalars, from: i * width, count: width)
        let expected = self == .sparse ? Int(y.scalars[i]) : Self.argmax(y.scalars, from: i * width, count: width)
        if predicted == expected { hits += 1 }
      }
      return Double(hits)
    }
  }

  private static func argmax(_ values: [Double], from start: Int, count: Int) -> Int {
    var best = 0
    for j in 1..<max(count, 1) where values[start + j] > values[start + best] { best = j }
    return best
  }
}
