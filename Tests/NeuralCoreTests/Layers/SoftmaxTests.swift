import NeuralCore
import TestSupport
import Testing

@Suite struct SoftmaxTests {
  @Test func rowsSumToOne() {
    // np.exp([1, 2, 3]) / np.exp([1, 2, 3]).sum()
    let y = Softmax().forward(Tensor([[1, 2, 3], [0, 0, 0]])).output
    expectClose(
      y,
      Tensor([
        [0.09003057317038046, 0.24472847105479767, 0.6652409557748219],
        [1.0 / 3, 1.0 / 3, 1.0 / 3],
      ]))
  }

  @Test func largeScoresDoNotOverflow() {
    #expect(Softmax().forward(Tensor([1000, 1000])).output == Tensor([0.5, 0.5]))
  }

  @Test func backwardMatchesNumericalGradient() {
    expectGradientMatchesNumerical(
      layer: Softmax(), input: Tensor([[0.2, -1.0, 0.7, 0.1], [1.5, 0.3, -0.2, 0.9]]))
    expectGradientMatchesNumerical(
      layer: Softmax(),
      input: Tensor(shape: [2, 2, 3], scalars: [1, 2, 3, 4, 5, 6, -1, 0, 1, 0.5, 0.25, 2]))
  }

  @Test func emptyLastAxisIsHarmless() {
    #expect(Softmax().forward(Tensor(zeros: [2, 0])).output.shape == [2, 0])
  }

  @Test func rejectsAScalar() {
    #expect(throws: ShapeError.mismatch("Softmax() needs at least one axis, got a scalar")) {
      try Softmax().applied(to: Tensor(3))
    }
  }

  @Test func description() {
    #expect(Softmax().description == "Softmax()")
  }
}
