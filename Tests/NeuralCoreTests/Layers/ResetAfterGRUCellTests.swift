import NeuralCore
import TestSupport
import Testing

/// ```python
/// sig = lambda v: 1 / (1 + np.exp(-v))
/// x = np.array([[1., -.5]]); h = np.array([[.2]])
/// Wx = np.array([[.1, .2, -.3], [.5, -.6, .7]]); Wh = np.array([[.9, -1., .3]])
/// bx = np.array([.1, .2, -.1]); bh = np.array([-.2, .3, .4])
/// ax = x @ Wx + bx; ah = h @ Wh + bh
/// z = sig(ax[:, :1] + ah[:, :1]); r = sig(ax[:, 1:2] + ah[:, 1:2])
/// n = np.tanh(ax[:, 2:] + r * ah[:, 2:])
/// print(repr((z * h + (1 - z) * n)[0, 0]))   # Keras' GRU(reset_after=True) step
/// ```
@Suite struct ResetAfterGRUCellTests {
  let cell = ResetAfterGRUCell(
    inputWeight: Tensor([[0.1, 0.2, -0.3], [0.5, -0.6, 0.7]]), hiddenWeight: Tensor([[0.9, -1, 0.3]]),
    bias: Tensor([0.1, 0.2, -0.1]), hiddenBias: Tensor([-0.2, 0.3, 0.4]))

  @Test func stepMatchesKerasEquations() {
    expectClose(
      cell.step(Tensor([[1, -0.5]]), state: Tensor([[0.2]])).state, Tensor([[-0.11437777207095787]]))
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
    var layer = Recurrent<ResetAfterGRUCell>(
      inputSize: 3, hiddenSize: 4, returnsSequences: returnsSequences, using: &random)
    layer.parameters["bias"] = random.randn(shape: [12]) * 0.5
    layer.parameters["hiddenBias"] = random.randn(shape: [12]) * 0.5
    expectGradientMatchesNumerical(layer: layer, input: random.randn(shape: [2, 4, 3]))
  }

  @Test func parameterCountIsKerasDefaultGRU() {
    var random = RandomState(seed: 0)
    // Keras: GRU(32) on 10 features has 3·(10·32 + 32·32 + 2·32) = 4,224 parameters.
    #expect(Recurrent<ResetAfterGRUCell>(inputSize: 10, hiddenSize: 32, using: &random).parameterCount == 4224)
  }

  @Test func description() {
    #expect(cell.description == "ResetAfterGRUCell(inputSize: 2, hiddenSize: 1)")
  }
}
