import NeuralCore
import TestSupport
import Testing

@Suite struct ReLUTests {
  @Test func forwardZeroesNegatives() {
    #expect(ReLU().forward(Tensor([-1, 0, 2, -0.0])).output == Tensor([0, 0, 2, 0]))
    #expect(ReLU().forward(Tensor([.nan])).output.scalars[0].isNaN)
  }

  @Test func backwardPassesGradientOnlyWherePositive() {
    let g = ReLU().backward(Tensor([5, 5, 5]), cache: ReLU().forward(Tensor([-1, 0, 2])).cache)
    #expect(g.input == Tensor([0, 0, 5]))
  }

  @Test func backwardMatchesNumericalGradientAwayFromTheKink() {
    expectGradientMatchesNumerical(
      layer: ReLU(), input: Tensor([[-2, -0.5, 0.3], [1.5, 0.8, -1.1]]))
  }

  @Test func acceptsAnyShape() throws {
    #expect(try ReLU().outputShape(forInputShape: [2, 3, 4]) == [2, 3, 4])
  }

  @Test func description() {
    #expect(ReLU().description == "ReLU()")
  }
}
