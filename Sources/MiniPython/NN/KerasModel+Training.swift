import NeuralCore

/// One training step and the evaluation of a data set, as `fit` and `evaluate` use them.
extension KerasModel {
  /// The compiled pieces, or the error Keras gives when `compile` was not called.
  func compiledParts() throws(PyException) -> (optimizer: KerasOptimizer, loss: KerasLoss) {
    guard let optimizer, let loss else {
      throw PyException(
        .runtimeError, "You must compile your model before training/testing. Use `model.compile(optimizer, loss)`.")
    }
    return (optimizer, loss)
  }

  /// The accuracy to measure, if `metrics=["accuracy"]` was given.
  var accuracy: KerasAccuracy? {
    guard metricName != nil, let loss else { return nil }
    return KerasAccuracy(loss: loss, outputWidth: outputShape?.reduce(1, *) ?? 1)
  }

  /// The L2 penalty `Σ λ·ΣW²` of the layers' kernels, and its gradients under `model`'s names.
  func penalty(of model: Sequential) -> (value: Double, gradients: [String: Tensor]) {
    var value = 0.0
    var gradients: [String: Tensor] = [:]
    for (i, layer) in layers.enumerated() {
      guard let strength = layer.regularization, let core = layer.core,
        let name = layer.kind.parameterNames(of: core).first, let w = model.layers[i].parameters[name]
      else { continue }
      value += strength * w.scalars.reduce(0) { $0 + $1 * $1 }
      gradients["\(i).\(name)"] = 2 * strength * w
    }
    return (value, gradients)
  }

  /// Forward, loss (plus penalty), backward and update on one batch; returns the loss and the
  /// number of correct predictions.
  func trainingStep(
    _ model: inout Sequential, batch: MiniBatch, optimizer: KerasOptimizer, loss: KerasLoss
  ) throws(PyException) -> (loss: Double, hits: Double) {
    let (output, cache) = model.forward(batch.input)
    let (value, dOutput) = try loss.evaluate(predicted: output, expected: batch.expected)
    var gradients = model.backward(dOutput, cache: cache).parameters
    let penalty = penalty(of: model)
    for (name, g) in penalty.gradients { gradients[name] = gradients[name].map { $0 + g } ?? g }
    model.commit(cache)
    optimizer.update(&model, along: gradients)
    return (value + penalty.value, accuracy?.hits(predicted: output, expected: batch.expected) ?? 0)
  }

  /// The mean loss (plus penalty) and accuracy over a data set in inference mode, in batches.
  func measure(_ model: Sequential, input: Tensor, expected: Tensor, batchSize: Int, loss: KerasLoss)
    throws(PyException) -> (loss: Double, accuracy: Double?)
  {
    var inference = model
    inference.setTraining(false)
    let n = input.shape.first ?? 0
    var total = 0.0
    var hits = 0.0
    let batches: [MiniBatch]
    do {
      batches = try MiniBatch.inOrder(input: input, expected: expected, size: max(batchSize, 1))
    } catch {
      throw PyException(.valueError, "\(error)")
    }
    for batch in batches {
      let output = inference.forward(batch.input).output
      total += try loss.evaluate(predicted: output, expected: batch.expected).loss * Double(batch.count)
      hits += accuracy?.hits(predicted: output, expected: batch.expected) ?? 0
    }
    let count = Double(max(n, 1))
    return (total / count + penalty(of: model).value, accuracy.map { _ in hits / count })
  }

  /// Inputs and targets read from a script, the targets shaped for the loss, the model built.
  func data(_ xValue: PyValue, _ yValue: PyValue, loss: KerasLoss) throws(PyException) -> (Tensor, Tensor) {
    let x = try KerasArguments.tensor(xValue)
    try requireBatch(x)
    let y = try KerasArguments.tensor(yValue)
    guard y.shape.first == x.shape.first else {
      throw PyException(
        .valueError,
        "Data cardinality is ambiguous: x sizes: \(x.shape.first ?? 0), y sizes: \(y.shape.first ?? 0). Make sure all arrays contain the same number of samples."
      )
    }
    return (x, try loss.targets(y, forPredictions: [x.shape[0]] + (outputShape ?? [])))
  }
}
