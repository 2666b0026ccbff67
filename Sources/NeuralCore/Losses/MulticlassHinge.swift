/// The multiclass SVM (hinge) loss of cs231n: the correct score should beat every other by `Δ`.
///
/// ```
/// Lᵢ = Σ_{j ≠ yᵢ} max(0, sᵢⱼ − sᵢ,yᵢ + Δ)          L = (1/N) Σᵢ Lᵢ
/// ∂Lᵢ/∂sᵢⱼ   = 1[sᵢⱼ − sᵢ,yᵢ + Δ > 0]               for j ≠ yᵢ
/// ∂Lᵢ/∂sᵢ,yᵢ = −(number of j ≠ yᵢ with a positive margin)
/// ```
///
/// - `predicted`: scores `s` `[N, C]`; `expected`: class indices `y` `[N]`.
/// - The hinge has a kink where a margin is exactly 0; the gradient there is taken as 0.
/// - Scores `[10, -2, 3]` with class 0 correct give loss 0: the SVM stops caring once the
///   margin holds, unlike softmax.
public struct MulticlassHinge: Loss {
  /// `Δ`, the required margin (1 in cs231n).
  public var margin: Double
  public var reduction: LossReduction

  public init(margin: Double = 1, reduction: LossReduction = .mean) {
    self.margin = margin
    self.reduction = reduction
  }

  public func evaluate(predicted s: Tensor, expected: Tensor) throws(ShapeError) -> (
    loss: Double, gradient: Tensor
  ) {
    let labels = try Self.classIndices("multiclass hinge loss", scores: s.shape, labels: expected)
    let (n, c) = (s.shape[0], s.shape[1])
    let scale = reduction.scale(count: n)
    var total = 0.0
    var gradient = [Double](repeating: 0, count: s.count)
    for i in 0..<n {
      let correct = s.scalars[i * c + labels[i]]
      for j in 0..<c where j != labels[i] {
        let m = s.scalars[i * c + j] - correct + margin
        if m > 0 {
          total += m
          gradient[i * c + j] += scale
          gradient[i * c + labels[i]] -= scale
        }
      }
    }
    return (scale * total, Tensor(shape: s.shape, scalars: gradient))
  }
}

// MARK: - Conformance

extension MulticlassHinge: CustomStringConvertible {
  public var description: String { "MulticlassHinge(margin: \(margin), reduction: \(reduction))" }
}
