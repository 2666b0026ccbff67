import NeuralCore
import TestSupport
import Testing

/// ```python
/// sig = lambda v: 1 / (1 + np.exp(-v))
/// x = np.array([[1., -.5]]); h = np.array([[.2]]); c = np.array([[-.3]])
/// Wx = np.array([[.1, .2, -.3, .4], [.5, -.6, .7, .8]]); Wh = np.array([[.9, -1., .3, .2]])
/// b = np.array([.1, 1., 0., -.1])
/// a = x @ Wx + h @ Wh + b   # cs231n's gate order i, f, o, g
/// i, f, o, g = sig(a[:, :1]), sig(a[:, 1:2]), sig(a[:, 2:3]), np.tanh(a[:, 3:])
/// c_next = f * c + i * g; h_next = o * np.tanh(c_next)   # -0.2676594717104851, -0.09324062370238587
/// ```
@Suite struct LSTMCellTests {
  let cell = LSTMCell(
    inputWeight: Tensor([[0.1, 0.2, -0.3, 0.4], [0.5, -0.6, 0.7, 0.8]]),
    hiddenWeight: Tensor([[0.9, -1, 0.3, 0.2]]), bias: Tensor([0.1, 1, 0, -0.1]))

  @Test func stepMatchesCs231nFormulas() {
    let (next, _) = cell.step(
      Tensor([[1, -0.5]]), state: LSTMState(hidden: Tensor([[0.2]]), cell: Tensor([[-0.3]])))
    expectClose(next.hidden, Tensor([[-0.09324062370238587]]))
    expectClose(next.cell, Tensor([[-0.2676594717104851]]))
  }

  @Test func stepBackwardMatchesNumericalGradientForBothStates() {
    let x = Tensor([[1, -0.5]])
    let c = Tensor([[-0.3]])
    let state = LSTMState(hidden: Tensor([[0.2]]), cell: c)
    let (_, cache) = cell.step(x, state: state)
    // L = 2·h' − 3·c', so dh' = 2 and dc' = −3.
    let upstream = LSTMState(hidden: Tensor([[2]]), cell: Tensor([[-3]]))
    let (_, dPrevious, _) = cell.stepBackward(upstream, cache: cache)
    func loss(_ s: LSTMState) -> Double {
      let next = cell.step(x, state: s).state
      return 2 * next.hidden.scalars[0] - 3 * next.cell.scalars[0]
    }
    let dh = numericalGradient(at: state.hidden) { loss(LSTMState(hidden: $0, cell: c)) }
    let dc = numericalGradient(at: c) { loss(LSTMState(hidden: state.hidden, cell: $0)) }
    #expect(relativeError(dPrevious.hidden, dh) < 1e-8)
    #expect(relativeError(dPrevious.cell, dc) < 1e-8)
  }

  @Test(arguments: [false, true])
  func sequenceLayerBackpropagatesThroughTime(returnsSequences: Bool) {
    var random = RandomState(seed: 2)
    var layer = LSTM(
      inputSize: 3, hiddenSize: 4, returnsSequences: returnsSequences, using: &random)
    layer.parameters["bias"] = random.randn(shape: [16]) * 0.5
    expectGradientMatchesNumerical(layer: layer, input: random.randn(shape: [2, 4, 3]))
  }

  @Test func forgetGateStartsOpen() {
    var random = RandomState(seed: 0)
    #expect(
      LSTMCell(inputSize: 2, hiddenSize: 2, using: &random).bias
        == Tensor([0, 0, 1, 1, 0, 0, 0, 0]))
  }

  @Test func description() {
    #expect(cell.description == "LSTMCell(inputSize: 2, hiddenSize: 1)")
  }
}
