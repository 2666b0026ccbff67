import NeuralCore
import TestSupport
import Testing

@Suite struct TanhTests {
  @Test func forwardSquashesIntoMinusOneOne() {
    // np.tanh(1) = 0.7615941559557649
    expectClose(Tanh().forward(Tensor([0, 1])).output, Tensor([0, 0.7615941559557649]))
    #expect(Tanh().forward(Tensor([.infinity, -.infinity])).output == Tensor([1, -1]))
  }

  @Test func backwardMatchesNumericalGradient() {
    expectGradientMatchesNumerical(
      layer: Tanh(), input: Tensor([[-2, -0.5, 0.3], [1.5, 0.8, -1.1]]))
  }

  @Test func backwardIsOneMinusOutputSquared() {
    #expect(
      Tanh().backward(Tensor([3]), cache: Tanh().forward(Tensor([0])).cache).input == Tensor([3]))
  }

  @Test func acceptsAnyShape() throws {
    #expect(try Tanh().applied(to: Tensor(zeros: [2, 0])) == Tensor(zeros: [2, 0]))
  }

  @Test func description() {
    #expect(Tanh().description == "Tanh()")
  }
}
