/// Mean squared error, for regression.
///
/// ```
/// L = (1/count) Σ (ŷ − y)²        ∂L/∂ŷ = (2/count)(ŷ − y)
/// ```
///
/// - `predicted` `ŷ` and `expected` `y`: the same shape; `count` is every element under `.mean`
///   (Keras's `mean_squared_error` averaged over the batch).
public struct MeanSquaredError: Loss {
  public var reduction: LossReduction

  public init(reduction: LossReduction = .mean) {
    self.reduction = reduction
  }

  public func evaluate(predicted: Tensor, expected: Tensor) throws(ShapeError) -> (
    loss: Double, gradient: Tensor
  ) {
    try Self.requireEqualShapes("mean squared error", predicted.shape, expected.shape)
    let scale = reduction.scale(count: predicted.count)
    var total = 0.0
    var gradient = [Double](repeating: 0, count: predicted.count)
    for (i, (p, y)) in zip(predicted.scalars, expected.scalars).enumerated() {
      total += (p - y) * (p - y)
      gradient[i] = 2 * scale * (p - y)
    }
    return (scale * total, Tensor(shape: predicted.shape, scalars: gradient))
  }
}

// MARK: - Conformance

extension MeanSquaredError: CustomStringConvertible {
  public var description: String { "MeanSquaredError(reduction: \(reduction))" }
}
