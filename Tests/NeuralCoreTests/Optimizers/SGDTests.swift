import NeuralCore
import TestSupport
import Testing

@Suite struct SGDTests {
  @Test func stepsAgainstTheGradient() {
    // θ − 0.1·g₁ − 0.1·g₂; see OptimizerTests.swift for the oracle.
    expectClose(twoSteps(SGD(learningRate: 0.1)), Tensor([[1.04, -2.005], [0.47, 2.86]]))
  }

  @Test func fitsALine() {
    let fit = fitLine(with: SGD(learningRate: 0.1), steps: 500)
    #expect(fitsTheLine(fit), "reached m = \(fit.m), b = \(fit.b)")
  }

  @Test func description() {
    #expect(SGD(learningRate: 0.1).description == "SGD(learningRate: 0.1)")
  }
}
