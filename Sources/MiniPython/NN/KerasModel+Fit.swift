import NeuralCore

/// `model.fit`: epochs of shuffled mini-batches, with live progress and Ctrl-C.
extension KerasModel {
  static let fitArguments = [
    "x", "y", "batch_size", "epochs", "verbose", "validation_split", "validation_data", "shuffle",
  ]

  /// The shortest time between two progress events of one epoch (at most 20 a second), so
  /// drawing never slows a fast training run.
  static let progressInterval = 0.05

  /// Trains as Keras' `fit` does and returns the `History`.
  ///
  /// - Each epoch shuffles the training examples (unless `shuffle=False`) with the session's
  ///   generator and takes one step per batch of `batch_size` (default 32; the last batch holds
  ///   what is left).
  /// - `validation_split` holds out the last fraction of the examples before shuffling;
  ///   `validation_data=(x, y)` gives them. Validation loss and accuracy are measured in inference
  ///   mode after each epoch.
  /// - `verbose=1` emits `Output.progress` after the first and last batch of each epoch and at
  ///   most every `progressInterval` seconds between; `verbose=2` once per epoch; `0` never.
  /// - Ctrl-C stops at the end of the current batch: the weights learned so far are kept, and
  ///   `KeyboardInterrupt` is raised.
  func fit(_ a: Arguments) throws(PyException) -> PyValue {
    try KerasArguments.check(a, "fit", positional: Self.fitArguments, keywords: [])
    let (optimizer, loss) = try compiledParts()
    var (x, y) = try data(try a.required("x", at: 0), try a.required("y", at: 1), loss: loss)
    let batchSize = try a.int("batch_size", at: 2, default: 32)
    let epochs = try a.int("epochs", at: 3, default: 1)
    let verbose = try Self.verbosity(a, at: 4)
    guard batchSize > 0, epochs >= 0 else {
      throw PyException(.valueError, "fit: batch_size must be positive and epochs non-negative")
    }
    var validation: (x: Tensor, y: Tensor)?
    let split = try a.double("validation_split", at: 5, default: 0)
    guard split >= 0, split < 1 else {
      throw PyException(.valueError, "fit: validation_split must be in [0, 1), got \(split)")
    }
    if split > 0 {
      let n = x.shape[0]
      let cut = Int(Double(n) * (1 - split))
      let (train, held) = (Array(0..<cut), Array(cut..<n))
      validation = (x.gathered(held, alongAxis: 0), y.gathered(held, alongAxis: 0))
      (x, y) = (x.gathered(train, alongAxis: 0), y.gathered(train, alongAxis: 0))
    }
    if let value = try a.value("validation_data", at: 6), !value.isNone {
      validation = try validationData(value, loss: loss)
    }
    let shuffle = try a.bool("shuffle", at: 7, default: true)
    let history = KerasHistory(model: self, epochs: epochs, steps: (x.shape[0] + batchSize - 1) / batchSize)
    lastHistory = history
    var model = try coreModel()
    for epoch in 1...max(epochs, 1) where epochs > 0 {
      try runEpoch(
        &model, epoch: epoch, history: history, data: (x, y), batchSize: batchSize, shuffle: shuffle,
        verbose: verbose, optimizer: optimizer, loss: loss, interpreter: a.interpreter)
      var values = history.lastTraining
      if let validation {
        let measured = try measure(model, input: validation.x, expected: validation.y, batchSize: batchSize, loss: loss)
        values.append(.init(name: "val_loss", value: measured.loss))
        if let metricName, let accuracy = measured.accuracy {
          values.append(.init(name: "val_\(metricName)", value: accuracy))
        }
      }
      history.record(values)
      if verbose > 0 { a.interpreter.emit(.progress(history.progress(epoch: epoch, step: history.steps, values: values))) }
    }
    store(model)
    return .native(history)
  }

  /// One pass over the training data.
  private func runEpoch(
    _ model: inout Sequential, epoch: Int, history: KerasHistory, data: (x: Tensor, y: Tensor),
    batchSize: Int, shuffle: Bool, verbose: Int, optimizer: KerasOptimizer, loss: KerasLoss,
    interpreter: Interpreter
  ) throws(PyException) {
    let batches: [MiniBatch]
    do {
      batches =
        shuffle
        ? try MiniBatch.shuffled(input: data.x, expected: data.y, size: batchSize, using: &context.random)
        : try MiniBatch.inOrder(input: data.x, expected: data.y, size: batchSize)
    } catch {
      throw PyException(.valueError, "\(error)")
    }
    history.startEpoch()
    model.setTraining(true)
    var (seen, total, hits) = (0, 0.0, 0.0)
    var lastEmitted = -Double.infinity
    for (index, batch) in batches.enumerated() {
      let step = try trainingStep(&model, batch: batch, optimizer: optimizer, loss: loss)
      seen += batch.count
      total += step.loss * Double(batch.count)
      hits += step.hits
      var values: [TrainingProgress.Metric] = [.init(name: "loss", value: total / Double(seen))]
      if let metricName, accuracy != nil { values.append(.init(name: metricName, value: hits / Double(seen))) }
      history.lastTraining = values
      if interpreter.interrupt.isRaised {
        store(model)
        try interpreter.checkInterrupt()
      }
      let now = LibM.monotonicClock()
      let isLast = index == batches.count - 1
      if verbose == 1, !isLast, index == 0 || now - lastEmitted >= Self.progressInterval {
        lastEmitted = now
        interpreter.emit(.progress(history.progress(epoch: epoch, step: index + 1, values: values)))
      }
    }
  }

  /// `verbose=`: 0, 1, 2, or Keras' `'auto'` (1).
  static func verbosity(_ a: Arguments, at position: Int) throws(PyException) -> Int {
    if case .str(let text)? = try a.value("verbose", at: position) {
      guard text == "auto" else {
        throw PyException(.valueError, "\(a.functionName): verbose must be 0, 1, 2 or 'auto', got '\(text)'")
      }
      return 1
    }
    return try a.int("verbose", at: position, default: 1)
  }

  private func validationData(_ value: PyValue, loss: KerasLoss) throws(PyException) -> (x: Tensor, y: Tensor) {
    let parts: [PyValue]
    switch value {
    case .tuple(let items): parts = items
    case .list(let list): parts = list.items
    default: parts = []
    }
    guard parts.count == 2 else {
      throw PyException(.valueError, "fit: validation_data must be a tuple (x_val, y_val)")
    }
    let (x, y) = try data(parts[0], parts[1], loss: loss)
    return (x, y)
  }
}
