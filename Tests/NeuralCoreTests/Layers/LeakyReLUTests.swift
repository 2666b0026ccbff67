import NeuralCore
import TestSupport
import Testing

@Suite struct LeakyReLUTests {
  @Test func forwardKeepsASlopeForNegatives() {
    #expect(LeakyReLU(slope: 0.1).forward(Tensor([-2, 3, 0])).output == Tensor([-0.2, 3, 0]))
  }

  @Test func backwardMatchesNumericalGradient() {
    expectGradientMatchesNumerical(
      layer: LeakyReLU(slope: 0.1), input: Tensor([[-2, -0.5, 0.3], [1.5, 0.8, -1.1]]))
  }

  @Test func backwardAtZeroTakesTheSlope() {
    let layer = LeakyReLU(slope: 0.2)
    #expect(
      layer.backward(Tensor([1, 1]), cache: layer.forward(Tensor([0, 1])).cache).input
        == Tensor([0.2, 1]))
  }

  @Test func acceptsAnyShape() throws {
    #expect(try LeakyReLU().outputShape(forInputShape: [7]) == [7])
  }

  @Test func description() {
    #expect(LeakyReLU().description == "LeakyReLU(slope: 0.01)")
  }
}
