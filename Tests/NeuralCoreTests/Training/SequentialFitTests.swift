import NeuralCore
import TestSupport
import Testing

@Suite struct SequentialFitTests {
  /// The example of the NeuralCore article "Training a network", line for line.
  @Test func trainingArticleExampleRuns() throws {
    var random = RandomState(seed: 1)
    var model = Sequential([
      Dense(inputSize: 2, outputSize: 8, initializer: .he, using: &random), ReLU(),
      Dense(inputSize: 8, outputSize: 3, using: &random),
    ])
    let x = random.randn(shape: [5, 2])
    let labels = Tensor([0, 2, 1, 1, 0])

    let (scores, cache) = model.forward(x)
    let (loss, dScores) = try SoftmaxCrossEntropy().evaluate(predicted: scores, expected: labels)
    let gradients = model.backward(dScores, cache: cache)
    var optimizer = Adam(learningRate: 0.01)
    optimizer.update(&model, along: gradients.parameters)
    #expect(scores.shape == [5, 3])
    #expect(gradients.parameters.keys.sorted() == ["0.bias", "0.weight", "2.bias", "2.weight"])

    let report = checkGradients(of: model, at: x)
    #expect(report.entries.map(\.name) == ["input", "0.bias", "0.weight", "2.bias", "2.weight"])
    #expect(report.verdict <= .acceptable, "\(report)")

    var shuffle = RandomState(seed: 2)
    let history = try model.fit(
      input: x, expected: labels, loss: SoftmaxCrossEntropy(), optimizer: &optimizer, epochs: 50,
      batchSize: 2, shuffling: &shuffle, schedule: .inverseTime(decayRate: 0.01),
      measuresAccuracy: true)
    #expect(history.losses.last! < loss)
    #expect(history.description.hasPrefix("epoch  loss    accuracy\n    1  "))
  }

  /// XOR: not linearly separable, so the hidden layer must do its work.
  @Test func learnsXorWithAdam() throws {
    var random = RandomState(seed: 1)
    var model = Sequential([
      Dense(inputSize: 2, outputSize: 8, initializer: .he, using: &random), Tanh(),
      Dense(inputSize: 8, outputSize: 1, using: &random),
    ])
    let x = Tensor([[0, 0], [0, 1], [1, 0], [1, 1]])
    let y = Tensor([[0], [1], [1], [0]])
    var optimizer = Adam(learningRate: 0.05)
    var shuffle = RandomState(seed: 2)
    let history = try model.fit(
      input: x, expected: y, loss: BinaryCrossEntropy(fromLogits: true), optimizer: &optimizer,
      epochs: 300,
      batchSize: 2, shuffling: &shuffle)
    #expect(history.epochCount == 300)
    #expect(history.losses.last! < 0.05, "final loss \(history.losses.last!)")
    #expect(try accuracy(predicted: model.predict(x), expected: y, threshold: 0) == 1)
  }

  @Test func separatesThreeClustersWithSoftmaxAndMeasuresAccuracy() throws {
    var random = RandomState(seed: 5)
    let centres: [(Double, Double)] = [(0, 2), (2, -1), (-2, -1)]
    var points: [Double] = []
    var labels: [Double] = []
    for i in 0..<60 {
      let c = centres[i % 3]
      points += [c.0 + 0.4 * random.standardNormal(), c.1 + 0.4 * random.standardNormal()]
      labels.append(Double(i % 3))
    }
    var model = Sequential([Dense(inputSize: 2, outputSize: 3, using: &random)])
    var optimizer = Momentum(learningRate: 0.5)
    let history = try model.fit(
      input: Tensor(shape: [60, 2], scalars: points), expected: Tensor(labels),
      loss: SoftmaxCrossEntropy(),
      optimizer: &optimizer, epochs: 20, batchSize: 16, shuffling: &random,
      schedule: .inverseTime(decayRate: 0.1),
      regularization: L2Regularization(strength: 1e-3), measuresAccuracy: true)
    #expect(history.metrics["accuracy"]?.last == 1)
    #expect(history.losses.last! < history.losses.first!)
    expectClose(optimizer.learningRate, 0.5 / (1 + 0.1 * 19))
  }

  @Test func rejectsTargetsOfAnotherBatch() {
    var model = Sequential([Dense(weight: Tensor(zeros: [2, 1]), bias: Tensor([0]))])
    var optimizer = SGD()
    var random = RandomState(seed: 0)
    #expect(
      throws: ShapeError.mismatch(
        "inputs and targets need the same number of examples, got (4, 2) and (3, 1)")
    ) {
      try model.fit(
        input: Tensor(zeros: [4, 2]), expected: Tensor(zeros: [3, 1]), loss: MeanSquaredError(),
        optimizer: &optimizer,
        epochs: 1, batchSize: 2, shuffling: &random)
    }
  }
}
