import NeuralCore
import TestSupport
import Testing

@Suite struct SigmoidTests {
  @Test func forwardSquashesIntoZeroOne() {
    // 1 / (1 + np.exp(-2)) = 0.8807970779778823
    expectClose(Sigmoid().forward(Tensor([0, 2])).output, Tensor([0.5, 0.8807970779778823]))
    #expect(Sigmoid().forward(Tensor([-.infinity, .infinity])).output == Tensor([0, 1]))
    #expect(Sigmoid().forward(Tensor([.nan])).output.scalars[0].isNaN)
  }

  @Test func backwardMatchesNumericalGradient() {
    expectGradientMatchesNumerical(
      layer: Sigmoid(), input: Tensor([[-2, -0.5, 0.3], [1.5, 0.8, -1.1]]))
  }

  @Test func backwardIsOutputTimesOneMinusOutput() {
    let g = Sigmoid().backward(Tensor([4]), cache: Sigmoid().forward(Tensor([0])).cache)
    #expect(g.input == Tensor([1]))
  }

  @Test func acceptsAnyShape() throws {
    #expect(try Sigmoid().outputShape(forInputShape: [2, 3, 4]) == [2, 3, 4])
    #expect(try Sigmoid().applied(to: Tensor(zeros: [0])) == Tensor(zeros: [0]))
  }

  @Test func description() {
    #expect(Sigmoid().description == "Sigmoid()")
  }
}
