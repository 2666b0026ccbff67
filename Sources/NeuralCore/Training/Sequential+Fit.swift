/// Training a `Sequential` model for several epochs of mini-batches.
extension Sequential {
  /// Trains for `epochs` passes over the data and returns the loss (and accuracy) of each epoch.
  ///
  /// Each epoch: set the learning rate from `schedule` (epoch counted from 0), shuffle the
  /// examples into mini-batches with `random`, and take one `trainingStep` per batch. The recorded
  /// loss is the mean of the batch losses weighted by batch size (the mean over all examples when
  /// the loss reduction is `.mean`); with `measuresAccuracy`, the epoch's accuracy is measured on
  /// all examples in inference mode after the epoch.
  ///
  /// - Throws: `ShapeError` when the data does not fit the model or the loss.
  /// - Precondition: `epochs >= 0`, `batchSize > 0`.
  public mutating func fit<L: Loss, O: Optimizer>(
    input: Tensor, expected: Tensor, loss: L, optimizer: inout O, epochs: Int, batchSize: Int,
    shuffling random: inout RandomState, schedule: LearningRateSchedule = .constant,
    regularization: L2Regularization? = nil, clipping: GradientClipping? = nil,
    measuresAccuracy: Bool = false
  ) throws(ShapeError) -> TrainingHistory {
    precondition(epochs >= 0, "epochs must be non-negative, got \(epochs)")
    var history = TrainingHistory()
    let initialRate = optimizer.learningRate
    for epoch in 0..<epochs {
      optimizer.learningRate = schedule.learningRate(initial: initialRate, epoch: epoch)
      var total = 0.0
      let batches = try MiniBatch.shuffled(
        input: input, expected: expected, size: batchSize, using: &random)
      for batch in batches {
        let value = try trainingStep(
          input: batch.input, expected: batch.expected, loss: loss, optimizer: &optimizer,
          regularization: regularization, clipping: clipping)
        total += value * Double(batch.count)
      }
      let meanLoss = total / Double(max(input.shape.first ?? 0, 1))
      if measuresAccuracy {
        history.record(
          loss: meanLoss,
          metrics: ["accuracy": try accuracy(predicted: predict(input), expected: expected)])
      } else {
        history.record(loss: meanLoss)
      }
    }
    return history
  }
}
