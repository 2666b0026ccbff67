import NeuralCore
import TestSupport
import Testing

/// RNNCell, LSTMCell, GRUCell one step at a time, and the sequence layers RNN, LSTM, GRU over them.
///
/// ```python
/// sig = lambda v: 1 / (1 + np.exp(-v))
/// x = np.array([[1., -.5]]); h = np.array([[.2]]); c = np.array([[-.3]])
/// # LSTM, cs231n's gate order i, f, o, g
/// Wx = np.array([[.1, .2, -.3, .4], [.5, -.6, .7, .8]]); Wh = np.array([[.9, -1., .3, .2]]); b = np.array([.1, 1., 0., -.1])
/// a = x @ Wx + h @ Wh + b; i, f, o, g = sig(a[:, :1]), sig(a[:, 1:2]), sig(a[:, 2:3]), np.tanh(a[:, 3:])
/// c_next = f * c + i * g; h_next = o * np.tanh(c_next)   # -0.2676594717104851, -0.09324062370238587
/// # GRU, blocks z, r, candidate
/// Wx = np.array([[.1, .2, -.3], [.5, -.6, .7]]); Wh = np.array([[.9, -1., .3]]); b = np.array([.1, .2, -.1])
/// z = sig(x @ Wx[:, :1] + h @ Wh[:, :1] + b[0]); r = sig(x @ Wx[:, 1:2] + h @ Wh[:, 1:2] + b[1])
/// cand = np.tanh(x @ Wx[:, 2:] + (r * h) @ Wh[:, 2:] + b[2]); h_next = z * cand + (1 - z) * h  # -0.2325325547841754
/// ```
@Suite struct RecurrentTests {
  let x = Tensor([[1, -0.5]])
  let lstmCell = LSTMCell(
    inputWeight: Tensor([[0.1, 0.2, -0.3, 0.4], [0.5, -0.6, 0.7, 0.8]]),
    hiddenWeight: Tensor([[0.9, -1, 0.3, 0.2]]),
    bias: Tensor([0.1, 1, 0, -0.1]))
  let gruCell = GRUCell(
    inputWeight: Tensor([[0.1, 0.2, -0.3], [0.5, -0.6, 0.7]]),
    hiddenWeight: Tensor([[0.9, -1, 0.3]]),
    bias: Tensor([0.1, 0.2, -0.1]))

  @Test func rnnStepIsTanhOfAffine() {
    let cell = RNNCell(
      inputWeight: Tensor([[0.5]]), hiddenWeight: Tensor([[-1]]), bias: Tensor([0.1]))
    let layer = RNN(cell: cell, returnsSequences: true)
    let y = layer.forward(Tensor(shape: [1, 2, 1], scalars: [1, 2])).output
    let h1 = Tensor([0.6]).tanh().scalars[0]
    expectClose(y, Tensor(shape: [1, 2, 1], scalars: [h1, Tensor([1.1 - h1]).tanh().scalars[0]]))
  }

  @Test func lstmStepMatchesCs231nFormulas() {
    let (next, _) = lstmCell.step(
      x, state: LSTMState(hidden: Tensor([[0.2]]), cell: Tensor([[-0.3]])))
    expectClose(next.hidden, Tensor([[-0.09324062370238587]]))
    expectClose(next.cell, Tensor([[-0.2676594717104851]]))
  }

  @Test func gruStepMatchesTheCoursesEquations() {
    expectClose(gruCell.step(x, state: Tensor([[0.2]])).state, Tensor([[-0.2325325547841754]]))
  }

  @Test(arguments: [false, true])
  func rnnBackpropagatesThroughTime(returnsSequences: Bool) {
    var random = RandomState(seed: 1)
    let layer = RNN(inputSize: 3, hiddenSize: 4, returnsSequences: returnsSequences, using: &random)
    var withBias = layer
    withBias.parameters["bias"] = random.randn(shape: [4]) * 0.5
    expectGradientMatchesNumerical(layer: withBias, input: random.randn(shape: [2, 5, 3]))
  }

  @Test(arguments: [false, true])
  func lstmBackpropagatesThroughTime(returnsSequences: Bool) {
    var random = RandomState(seed: 2)
    var layer = LSTM(
      inputSize: 3, hiddenSize: 4, returnsSequences: returnsSequences, using: &random)
    layer.parameters["bias"] = random.randn(shape: [16]) * 0.5
    expectGradientMatchesNumerical(layer: layer, input: random.randn(shape: [2, 4, 3]))
  }

  @Test(arguments: [false, true])
  func gruBackpropagatesThroughTime(returnsSequences: Bool) {
    var random = RandomState(seed: 3)
    var layer = GRU(inputSize: 3, hiddenSize: 4, returnsSequences: returnsSequences, using: &random)
    layer.parameters["bias"] = random.randn(shape: [12]) * 0.5
    expectGradientMatchesNumerical(layer: layer, input: random.randn(shape: [2, 4, 3]))
  }

  @Test func initialStateIsUsed() {
    let layer = GRU(cell: gruCell)
    let y = layer.forward(Tensor(shape: [1, 1, 2], scalars: [1, -0.5]), from: Tensor([[0.2]]))
      .output
    expectClose(y, Tensor([[-0.2325325547841754]]))
  }

  @Test func lstmForgetGateStartsOpen() {
    var random = RandomState(seed: 0)
    #expect(
      LSTMCell(inputSize: 2, hiddenSize: 2, using: &random).bias
        == Tensor([0, 0, 1, 1, 0, 0, 0, 0]))
  }

  @Test func zeroStepsGiveTheInitialState() {
    let layer = LSTM(cell: lstmCell)
    #expect(layer.forward(Tensor(zeros: [3, 0, 2])).output == Tensor(zeros: [3, 1]))
  }

  @Test func rejectsInputWithoutATimeAxis() {
    #expect(
      throws: ShapeError.mismatch(
        "LSTM(inputSize: 2, hiddenSize: 1, returnsSequences: false) expects input of shape (N, T, 2), got (4, 2)"
      )
    ) {
      try LSTM(cell: lstmCell).applied(to: Tensor(zeros: [4, 2]))
    }
  }

  @Test func descriptions() {
    #expect(
      GRU(cell: gruCell, returnsSequences: true).description
        == "GRU(inputSize: 2, hiddenSize: 1, returnsSequences: true)")
    #expect(lstmCell.description == "LSTMCell(inputSize: 2, hiddenSize: 1)")
    #expect(
      LSTMState(hidden: Tensor([1]), cell: Tensor([2])).description
        == "LSTMState(hidden: Tensor(1,) [1.0], cell: Tensor(1,) [2.0])")
  }
}
