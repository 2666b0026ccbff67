/// Binary cross-entropy, for a probability per element (logistic regression, a sigmoid output).
///
/// ```
/// from probabilities p:  L = −(1/m) Σ [y·log p + (1 − y)·log(1 − p)]      ∂L/∂p = (1/m)(p − y) / (p(1 − p))
/// from logits z:         L = (1/m) Σ [max(z, 0) − z·y + log(1 + e^−|z|)]   ∂L/∂z = (1/m)(σ(z) − y)
/// ```
///
/// - `predicted` and `expected`: the same shape, any rank (`[N, 1]`, or `[1, m]` in the course's
///   column layout); `m` counts every element under `.mean`.
/// - Probabilities of exactly 0 or 1 give an infinite loss (numpy does the same); `fromLogits`
///   avoids that and is exact for large `|z|`, so prefer it when the sigmoid is part of the loss.
public struct BinaryCrossEntropy: Loss {
  /// Whether `predicted` holds logits `z` rather than probabilities `p = σ(z)`.
  public var fromLogits: Bool
  public var reduction: LossReduction

  public init(fromLogits: Bool = false, reduction: LossReduction = .mean) {
    self.fromLogits = fromLogits
    self.reduction = reduction
  }

  public func evaluate(predicted: Tensor, expected: Tensor) throws(ShapeError) -> (
    loss: Double, gradient: Tensor
  ) {
    try Self.requireEqualShapes("binary cross-entropy", predicted.shape, expected.shape)
    let scale = reduction.scale(count: predicted.count)
    var total = 0.0
    var gradient = [Double](repeating: 0, count: predicted.count)
    for (i, (p, y)) in zip(predicted.scalars, expected.scalars).enumerated() {
      if fromLogits {
        let z = p
        // log(1 + e^z) − z·y written so that e^x never overflows.
        total += max(z, 0) - z * y + Elementary.log1p(Elementary.exp(-abs(z)))
        gradient[i] = scale * (1 / (1 + Elementary.exp(-z)) - y)
      } else {
        total -= y * Elementary.log(p) + (1 - y) * Elementary.log(1 - p)
        gradient[i] = scale * (p - y) / (p * (1 - p))
      }
    }
    return (scale * total, Tensor(shape: predicted.shape, scalars: gradient))
  }
}

// MARK: - Conformance

extension BinaryCrossEntropy: CustomStringConvertible {
  public var description: String {
    "BinaryCrossEntropy(\(fromLogits ? "fromLogits: true, " : "")reduction: \(reduction))"
  }
}
