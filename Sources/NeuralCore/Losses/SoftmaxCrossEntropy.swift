/// Softmax followed by cross-entropy, on raw class scores (logits), computed stably.
///
/// ```
/// pᵢⱼ = e^(sᵢⱼ − maxⱼ sᵢ) / Σₖ e^(sᵢₖ − maxⱼ sᵢ)
/// Lᵢ  = −Σⱼ tᵢⱼ·log pᵢⱼ              (= −log pᵢ,yᵢ for a class index yᵢ)
/// L   = (1/N) Σᵢ Lᵢ                  ∂L/∂sᵢⱼ = (1/N)(pᵢⱼ·Σₖ tᵢₖ − tᵢⱼ)  (= (pᵢⱼ − tᵢⱼ)/N for one-hot t)
/// ```
///
/// - `predicted`: scores `s` of shape `[N, C]`.
/// - `expected`: class indices `y` of shape `[N]`, or target distributions `t` of shape `[N, C]`
///   (one-hot rows, or soft labels).
/// - Subtracting each row's maximum leaves `p` unchanged and keeps `e^x` from overflowing: scores
///   of 1000 work. The log-probability is taken as `(s − max) − log Σ e^(s − max)`, never `log p`,
///   so a probability that underflows to 0 still gives a finite loss.
public struct SoftmaxCrossEntropy: Loss {
  public var reduction: LossReduction

  public init(reduction: LossReduction = .mean) {
    self.reduction = reduction
  }

  public func evaluate(predicted s: Tensor, expected: Tensor) throws(ShapeError) -> (
    loss: Double, gradient: Tensor
  ) {
    let targets: Tensor
    if expected.rank == 1 {
      let labels = try Self.classIndices("softmax cross-entropy", scores: s.shape, labels: expected)
      var oneHot = Tensor(zeros: s.shape)
      for (i, y) in labels.enumerated() { oneHot.scalars[i * s.shape[1] + y] = 1 }
      targets = oneHot
    } else {
      guard s.rank == 2 else {
        throw .mismatch(
          "softmax cross-entropy needs scores (N, C), got \(ShapeError.text(s.shape))")
      }
      try Self.requireEqualShapes("softmax cross-entropy", s.shape, expected.shape)
      targets = expected
    }
    let (n, c) = (s.shape[0], s.shape[1])
    let scale = reduction.scale(count: n)
    var total = 0.0
    var gradient = [Double](repeating: 0, count: s.count)
    for i in 0..<n {
      let row = s.scalars[(i * c)..<(i * c + c)]
      let shift = row.max() ?? 0
      let logSum = Elementary.log(row.reduce(0) { $0 + Elementary.exp($1 - shift) })
      let targetMass = targets.scalars[(i * c)..<(i * c + c)].reduce(0, +)
      for j in 0..<c {
        let t = targets.scalars[i * c + j]
        let logP = s.scalars[i * c + j] - shift - logSum
        if t != 0 { total -= t * logP }
        gradient[i * c + j] = scale * (Elementary.exp(logP) * targetMass - t)
      }
    }
    return (scale * total, Tensor(shape: s.shape, scalars: gradient))
  }
}

// MARK: - Conformance

extension SoftmaxCrossEntropy: CustomStringConvertible {
  public var description: String { "SoftmaxCrossEntropy(reduction: \(reduction))" }
}
