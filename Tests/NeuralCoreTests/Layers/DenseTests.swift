import NeuralCore
import TestSupport
import Testing

@Suite struct DenseTests {
  let layer = Dense(weight: Tensor([[1, -1, 0.5], [2, 0, -1]]), bias: Tensor([0.5, 0, 1]))

  @Test func forwardIsXTimesWPlusB() {
    // [1, 2]·W + b = [1 + 4 + 0.5, -1 + 0 + 0, 0.5 - 2 + 1]
    #expect(
      layer.forward(Tensor([[1, 2], [0, 0]])).output == Tensor([[5.5, -1, -0.5], [0.5, 0, 1]]))
  }

  @Test func backwardMatchesNumericalGradient() {
    expectGradientMatchesNumerical(
      layer: layer, input: Tensor([[0.3, -1.2], [2.0, 0.7], [-0.4, 0.1]]))
  }

  @Test func backwardFollowsTheFormulas() {
    let x = Tensor([[1, 2]])
    let g = layer.backward(Tensor([[1, 0, -1]]), cache: layer.forward(x).cache)
    #expect(g.input == Tensor([[0.5, 3]]))
    #expect(g.parameters["weight"] == Tensor([[1, 0, -1], [2, 0, -2]]))
    #expect(g.parameters["bias"] == Tensor([1, 0, -1]))
  }

  @Test func rejectsInputOfWrongWidth() {
    #expect(
      throws: ShapeError.mismatch(
        "Dense(inputSize: 2, outputSize: 3) expects input of shape (N, 2), got (4, 3)")
    ) {
      try layer.applied(to: Tensor(zeros: [4, 3]))
    }
    #expect(
      throws: ShapeError.mismatch(
        "Dense(inputSize: 2, outputSize: 3) expects input of shape (N, 2), got (2,)")
    ) {
      try layer.outputShape(forInputShape: [2])
    }
  }

  @Test func oneExampleAndEmptyBatchesWork() {
    #expect(layer.forward(Tensor(zeros: [0, 2])).output.shape == [0, 3])
    #expect(layer.forward(Tensor([[0, 0]])).output == Tensor([[0.5, 0, 1]]))
  }

  @Test func initialiserDrawsWeightsAndZeroBiases() {
    var random = RandomState(seed: 3)
    let dense = Dense(inputSize: 3, outputSize: 2, initializer: .he, using: &random)
    var same = RandomState(seed: 3)
    #expect(dense.weight == Initializer.he.tensor(shape: [3, 2], using: &same))
    #expect(dense.bias == Tensor(zeros: [2]))
    #expect(dense.parameterCount == 8)
  }

  @Test func parametersCanBeReplacedByName() {
    var dense = layer
    dense.parameters["bias"] = Tensor([1, 2, 3])
    #expect(dense.bias == Tensor([1, 2, 3]))
  }

  @Test func description() {
    #expect(layer.description == "Dense(inputSize: 2, outputSize: 3)")
  }
}
