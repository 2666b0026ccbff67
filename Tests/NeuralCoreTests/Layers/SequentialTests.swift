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
