import NeuralCore
import TestSupport
import Testing

/// ```python
/// sig = lambda v: 1 / (1 + np.exp(-v))
/// x = np.array([[1., -.5]]); h = np.array([[.2]])
/// Wx = np.array([[.1, .2, -.3], [.5, -.6, .7]]); Wh = np.array([[.9, -1., .3]]); b = np.array([.1, .2, -.1])
/// z = sig(x @ Wx[:, :1] + h @ Wh[:, :1] + b[0]); r = sig(x @ Wx[:, 1:2] + h @ Wh[:, 1:2] + b[1])
/// cand = np.tanh(x @ Wx[:, 2:] + (r * h) @ Wh[:, 2:] + b[2])
/// h_next = z * cand + (1 - z) * h   # -0.2325325547841754
/// ```
@Suite struct GRUCellTests {
  let cell = GRUCell(
    inputWeight: Tensor([[0.1, 0.2, -0.3], [0.5, -0.6, 0.7]]),
    hiddenWeight: Tensor([[0.9, -1, 0.3]]),
    bias: Tensor([0.1, 0.2, -0.1]))

  @Test func stepMatchesTheCoursesEquations() {
    expectClose(
      cell.step(Tensor([[1, -0.5]]), state: Tensor([[0.2]])).state, Tensor([[-0.2325325547841754]]))
  }

  @Test func stepBackwardMatchesNumericalGradientForTheState() {
    let x = Tensor([[1, -0.5]])
    let h = Tensor([[0.2]])
    let (dx, dh, _) = cell.stepBackward(Tensor([[1]]), cache: cell.step(x, state: h).cache)
    let numericalH = numericalGradient(at: h) { cell.step(x, state: $0).state.scalars[0] }
    let numericalX = numericalGradient(at: x) { cell.step($0, state: h).state.scalars[0] }
    #expect(relativeError(dh, numericalH) < 1e-8)
    #expect(relativeError(dx, numericalX) < 1e-8)
  }

  @Test(arguments: [false, true])
  func sequenceLayerBackpropagatesThroughTime(returnsSequences: Bool) {
    var random = RandomState(seed: 3)
    var layer = GRU(inputSize: 3, hiddenSize: 4, returnsSequences: returnsSequences, using: &random)
    layer.parameters["bias"] = random.randn(shape: [12]) * 0.5
    expectGradientMatchesNumerical(layer: layer, input: random.randn(shape: [2, 4, 3]))
  }

  @Test func description() {
    #expect(cell.description == "GRUCell(inputSize: 2, hiddenSize: 1)")
  }
}
