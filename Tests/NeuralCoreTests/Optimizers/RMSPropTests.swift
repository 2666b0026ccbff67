import NeuralCore
import TestSupport
import Testing

@Suite struct RMSPropTests {
  @Test func dividesByRootMeanSquare() {
    expectClose(
      twoSteps(RMSProp(learningRate: 0.01)),
      Tensor([
        [0.9994457197678712, -1.9935668619532385], [0.46837722673164917, 2.9388116069729877],
      ]))
  }

  @Test func fitsALine() {
    let fit = fitLine(with: RMSProp(learningRate: 0.001), steps: 4000)
    #expect(fitsTheLine(fit), "reached m = \(fit.m), b = \(fit.b)")
  }

  @Test func description() {
    #expect(RMSProp().description == "RMSProp(learningRate: 0.001, beta: 0.9, epsilon: 1e-08)")
  }
}
