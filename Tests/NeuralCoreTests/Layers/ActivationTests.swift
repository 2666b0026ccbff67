import NeuralCore
import TestSupport
import Testing

/// Sigmoid, Tanh, ReLU and LeakyReLU: element-wise layers without parameters.
@Suite struct ActivationTests {
  let x = Tensor([[-2, -0.5, 0.3], [1.5, 0.8, -1.1]])

  @Test func sigmoidForwardAndBackward() {
    let y = Sigmoid().forward(Tensor([0, 2])).output
    expectClose(y, Tensor([0.5, 0.8807970779778823]))
    expectGradientMatchesNumerical(layer: Sigmoid(), input: x)
  }

  @Test func tanhForwardAndBackward() {
    expectClose(Tanh().forward(Tensor([0, 1])).output, Tensor([0, 0.7615941559557649]))
    expectGradientMatchesNumerical(layer: Tanh(), input: x)
  }

  @Test func reluForwardAndBackwardAwayFromTheKink() {
    #expect(ReLU().forward(Tensor([-1, 0, 2, -0.0])).output == Tensor([0, 0, 2, 0]))
    let g = ReLU().backward(Tensor([5, 5, 5]), cache: ReLU().forward(Tensor([-1, 0, 2])).cache)
    #expect(g.input == Tensor([0, 0, 5]))
    expectGradientMatchesNumerical(layer: ReLU(), input: x)
  }

  @Test func leakyReluKeepsASlopeForNegatives() {
    #expect(LeakyReLU(slope: 0.1).forward(Tensor([-2, 3])).output == Tensor([-0.2, 3]))
    expectGradientMatchesNumerical(layer: LeakyReLU(slope: 0.1), input: x)
  }

  @Test func nanPassesThrough() {
    #expect(Sigmoid().forward(Tensor([.nan])).output.scalars[0].isNaN)
    #expect(Tanh().forward(Tensor([.infinity])).output == Tensor([1]))
  }

  @Test func anyShapeIsAccepted() throws {
    #expect(try ReLU().outputShape(forInputShape: [2, 3, 4]) == [2, 3, 4])
    #expect(try Tanh().applied(to: Tensor(zeros: [0])) == Tensor(zeros: [0]))
  }

  @Test func descriptions() {
    #expect(
      [Sigmoid().description, Tanh().description, ReLU().description] == [
        "Sigmoid()", "Tanh()", "ReLU()",
      ])
    #expect(LeakyReLU().description == "LeakyReLU(slope: 0.01)")
  }
}
