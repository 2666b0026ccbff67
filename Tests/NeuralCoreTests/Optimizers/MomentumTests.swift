import NeuralCore
import TestSupport
import Testing

@Suite struct MomentumTests {
  @Test func averagedFormMatchesNumpy() {
    expectClose(
      twoSteps(Momentum(learningRate: 0.1, momentum: 0.9)),
      Tensor([[1.0031, -1.9987], [0.4943, 2.9824]]))
  }

  @Test func velocityFormMatchesNumpy() {
    expectClose(
      twoSteps(Momentum(learningRate: 0.1, momentum: 0.9, form: .velocity)),
      Tensor([[1.031, -1.9869999999999999], [0.44299999999999995, 2.824]]))
  }

  @Test func formsAgreeWhenTheLearningRateIsRescaled() {
    // α_velocity = α_averaged·(1 − β)
    expectClose(
      twoSteps(Momentum(learningRate: 0.1, momentum: 0.9)),
      twoSteps(Momentum(learningRate: 0.01, momentum: 0.9, form: .velocity)), absolute: 1e-15)
  }

  @Test func fitsALine() {
    let fit = fitLine(with: Momentum(learningRate: 0.1, momentum: 0.9), steps: 500)
    #expect(fitsTheLine(fit), "reached m = \(fit.m), b = \(fit.b)")
  }

  @Test func description() {
    #expect(Momentum().description == "Momentum(learningRate: 0.01, momentum: 0.9)")
    #expect(
      Momentum(form: .velocity).description
        == "Momentum(learningRate: 0.01, momentum: 0.9, form: velocity)")
  }
}
