/// One step of gradient descent on a `Sequential` model.
extension Sequential {
  /// Forward, loss, backward, update: one training step on a batch; returns the loss.
  ///
  /// ```
  /// ŷ = model(x)            (training mode)
  /// L = loss(ŷ, y) + R(W)   (R = L2 penalty when given)
  /// g = ∂L/∂θ               (backward, plus λ·W)
  /// θ ← optimizer.step(θ, g)
  /// ```
  ///
  /// Also folds the pass into non-trained state (batch-norm running averages, dropout's random
  /// stream) and clips gradients first when `clipping` is given.
  ///
  /// - Throws: `ShapeError` when the batch does not fit the model or the loss.
  @discardableResult
  public mutating func trainingStep<L: Loss, O: Optimizer>(
    input: Tensor, expected: Tensor, loss: L, optimizer: inout O,
    regularization: L2Regularization? = nil, clipping: GradientClipping? = nil
  ) throws(ShapeError) -> Double {
    setTraining(true)
    _ = try outputShape(forInputShape: input.shape)
    let (prediction, cache) = forward(input)
    let (value, dPrediction) = try loss.evaluate(predicted: prediction, expected: expected)
    var gradients = backward(dPrediction, cache: cache).parameters
    var total = value
    if let regularization {
      total += regularization.penalty(parameters)
      gradients = regularization.adding(to: gradients, of: parameters)
    }
    if let clipping { gradients = clipping.clipped(gradients) }
    commit(cache)
    optimizer.update(&self, along: gradients)
    return total
  }
}
