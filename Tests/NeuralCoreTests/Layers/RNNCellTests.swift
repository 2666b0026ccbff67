import NeuralCore
import TestSupport
import Testing

@Suite struct RNNCellTests {
  let cell = RNNCell(
    inputWeight: Tensor([[0.5]]), hiddenWeight: Tensor([[-1]]), bias: Tensor([0.1]))

  @Test func stepIsTanhOfAffine() {
    // tanh(0.5·2 − 1·0.3 + 0.1) = tanh(0.8)
    expectClose(
      cell.step(Tensor([[2]]), state: Tensor([[0.3]])).state, Tensor([[0.6640367702678491]]))
  }

  @Test func stepBackwardFollowsTheFormulas() {
    let x = Tensor([[2]])
    let h = Tensor([[0.3]])
    let (next, cache) = cell.step(x, state: h)
    let (dx, dh, dParameters) = cell.stepBackward(Tensor([[1]]), cache: cache)
    let da = 1 - next.scalars[0] * next.scalars[0]
    expectClose(dx, Tensor([[0.5 * da]]))
    expectClose(dh, Tensor([[-da]]))
    expectClose(dParameters["inputWeight"]!, Tensor([[2 * da]]))
    expectClose(dParameters["hiddenWeight"]!, Tensor([[0.3 * da]]))
    expectClose(dParameters["bias"]!, Tensor([da]))
  }

  @Test(arguments: [false, true])
  func sequenceLayerBackpropagatesThroughTime(returnsSequences: Bool) {
    var random = RandomState(seed: 1)
    var layer = RNN(inputSize: 3, hiddenSize: 4, returnsSequences: returnsSequences, using: &random)
    layer.parameters["bias"] = random.randn(shape: [4]) * 0.5
    expectGradientMatchesNumerical(layer: layer, input: random.randn(shape: [2, 5, 3]))
  }

  @Test func description() {
    #expect(cell.description == "RNNCell(inputSize: 1, hiddenSize: 1)")
  }
}
