import NeuralCore
import TestSupport
import Testing

@Suite struct SequentialTests {
  let model = Sequential([
    Dense(weight: Tensor([[1, -1], [0.5, 2]]), bias: Tensor([0.1, -0.2])),
    Tanh(),
    Dense(weight: Tensor([[0.3], [-0.7]]), bias: Tensor([0.05])),
  ])

  @Test func forwardChainsTheLayers() {
    // x = [1, 1]: h = tanh([1.6, 0.8]); y = 0.3·h₀ − 0.7·h₁ + 0.05.
    let y = model.forward(Tensor([[1, 1]])).output
    let h0 = 0.9216685544064713
    let h1 = 0.6640367702678491
    expectClose(y, Tensor([[0.3 * h0 - 0.7 * h1 + 0.05]]))
  }

  @Test func parametersHaveDottedNames() {
    #expect(model.parameters.keys.sorted() == ["0.bias", "0.weight", "2.bias", "2.weight"])
    #expect(model.parameterCount == 9)
  }

  @Test func settingParametersReachesTheLayers() {
    var m = model
    m.parameters["2.bias"] = Tensor([1])
    #expect((m.layers[2] as? Dense)?.bias == Tensor([1]))
  }

  @Test func backwardMatchesNumericalGradient() {
    expectGradientMatchesNumerical(
      layer: model, input: Tensor([[0.5, -1], [2, 0.3], [-0.6, 0.9]]))
  }

  @Test func smallConvNetBackpropagates() throws {
    var random = RandomState(seed: 11)
    var model = Sequential([
      Conv2D(inputChannels: 2, filters: 3, kernelSize: 3, padding: .same, using: &random), ReLU(),
      MaxPool2D(size: 2), Flatten(), Dense(inputSize: 12, outputSize: 2, using: &random),
    ])
    // Non-zero biases keep ReLU inputs off the kink at 0.
    model.parameters["0.bias"] = Tensor([0.3, -0.2, 0.1])
    model.parameters["4.bias"] = Tensor([0.1, -0.1])
    #expect(try model.outputShape(forInputShape: [2, 4, 4, 2]) == [2, 2])
    expectGradientMatchesNumerical(layer: model, input: random.randn(shape: [2, 4, 4, 2]))
  }

  @Test func characterModelBackpropagates() throws {
    var random = RandomState(seed: 12)
    let model = try Sequential(
      [
        Embedding(
          vocabularySize: 5, dimension: 3, initializer: .scaledNormal(scale: 1), using: &random),
        LSTM(inputSize: 3, hiddenSize: 4, using: &random), BatchNorm(featureCount: 4),
        Dense(inputSize: 4, outputSize: 5, using: &random),
      ], inputShape: [6])
    #expect(
      model.parameters.keys.sorted() == [
        "0.weight", "1.bias", "1.hiddenWeight", "1.inputWeight", "2.beta", "2.gamma", "3.bias",
        "3.weight",
      ])
    expectGradientMatchesNumerical(
      layer: model, input: Tensor([[0, 4, 2, 2, 1, 3], [3, 3, 0, 1, 4, 2]]))
  }

  @Test func nestedModelsPrefixTwice() {
    let outer = Sequential([Sequential([Dense(weight: Tensor([[2]]), bias: Tensor([0]))]), ReLU()])
    #expect(outer.parameters.keys.sorted() == ["0.0.bias", "0.0.weight"])
    expectGradientMatchesNumerical(layer: outer, input: Tensor([[0.5], [1.5]]))
  }

  @Test func rejectsLayersThatDoNotFit() {
    #expect(
      throws: ShapeError.mismatch(
        "layer 1, Dense(inputSize: 3, outputSize: 1) expects input of shape (N, 3), got (1, 2)")
    ) {
      try Sequential(
        [ReLU(), Dense(weight: Tensor(zeros: [3, 1]), bias: Tensor([0]))], inputShape: [2])
    }
  }

  @Test func trainingFitsALine() throws {
    var line = Sequential([Dense(weight: Tensor([[0.5]]), bias: Tensor([0]))])
    var optimizer = SGD(learningRate: 0.1)
    let x = Tensor([[-1], [0], [1], [2]])
    let y = x * 2 - 1
    var loss = 0.0
    for _ in 0..<300 {
      loss = try line.trainingStep(
        input: x, expected: y, loss: MeanSquaredError(), optimizer: &optimizer)
    }
    #expect(loss < 1e-10)
    expectClose(line.parameters["0.weight"]!, Tensor([[2]]), absolute: 1e-5)
    expectClose(line.parameters["0.bias"]!, Tensor([-1]), absolute: 1e-5)
  }

  @Test func trainingStepRejectsAWrongBatch() {
    var m = model
    var optimizer = SGD()
    #expect(
      throws: ShapeError.mismatch(
        "layer 0, Dense(inputSize: 2, outputSize: 2) expects input of shape (N, 2), got (4, 3)")
    ) {
      try m.trainingStep(
        input: Tensor(zeros: [4, 3]), expected: Tensor(zeros: [4, 1]), loss: MeanSquaredError(),
        optimizer: &optimizer)
    }
  }

  @Test func summaryShowsShapesLikeKeras() throws {
    var random = RandomState(seed: 0)
    let cnn = Sequential([
      Conv2D(inputChannels: 1, filters: 4, kernelSize: 3, padding: .same, using: &random), ReLU(),
      MaxPool2D(size: 2), Flatten(), Dense(inputSize: 64, outputSize: 10, using: &random),
    ])
    #expect(
      try cnn.summary(inputShape: [8, 8, 1]) == """
        #  layer                                                        output shape     parameters
        0  Conv2D(filters: 4, kernelSize: 3, stride: 1, padding: same)  (None, 8, 8, 4)  40
        1  ReLU()                                                       (None, 8, 8, 4)  0
        2  MaxPool2D(size: 2, stride: 2)                                (None, 4, 4, 4)  0
        3  Flatten()                                                    (None, 64)       0
        4  Dense(inputSize: 64, outputSize: 10)                         (None, 10)       650
        total parameters: 690
        """)
    #expect(
      throws: ShapeError.mismatch(
        "layer 0, Conv2D(filters: 4, kernelSize: 3, stride: 1, padding: same): weights expect 1 input channels, but the input has 3"
      )
    ) { try cnn.summary(inputShape: [8, 8, 3]) }
  }

  @Test func descriptionListsLayers() {
    #expect(
      model.description == """
        Sequential(
          0: Dense(inputSize: 2, outputSize: 2)
          1: Tanh()
          2: Dense(inputSize: 2, outputSize: 1)
        ) 9 parameters
        """)
  }
}
