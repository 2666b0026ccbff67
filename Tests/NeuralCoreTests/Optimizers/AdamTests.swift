import NeuralCore
import TestSupport
import Testing

@Suite struct AdamTests {
  @Test func correctsBiasAndMatchesNumpy() {
    expectClose(
      twoSteps(Adam(learningRate: 0.01)),
      Tensor([
        [0.9959835426552334, -1.9916273230448174], [0.48329941810791543, 2.9806029260179705],
      ]))
  }

  @Test func firstStepIsLearningRateTimesSignOfGradient() {
    // v̂ = g and ŝ = g² after one step, so the step is α·g/(|g| + ε) ≈ α·sign(g).
    let (theta, state) = Adam(learningRate: 0.1).step(
      parameter: Tensor([0, 0]), gradient: Tensor([3, -0.002]),
      state: Adam().initialState(for: Tensor([0, 0])))
    expectClose(theta, Tensor([-0.1, 0.1]), absolute: 1e-6)
    #expect(state.stepCount == 1)
    expectClose(state.firstMoment, Tensor([0.3, -0.0002]), absolute: 1e-15)
  }

  @Test func fitsALine() {
    let fit = fitLine(with: Adam(learningRate: 0.01), steps: 2000)
    #expect(fitsTheLine(fit), "reached m = \(fit.m), b = \(fit.b)")
  }

  @Test func description() {
    #expect(
      Adam().description == "Adam(learningRate: 0.001, beta1: 0.9, beta2: 0.999, epsilon: 1e-08)")
  }
}
