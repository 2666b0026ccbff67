import NeuralCore
import TestSupport
import Testing

@Suite struct RelativeErrorTests {
  @Test func normFormulaOnAHandCase() {
    // ‖[1, 2] − [1, 2.5]‖ = 0.5; ‖[1, 2]‖ + ‖[1, 2.5]‖ = √5 + √7.25.
    expectClose(
      relativeError(Tensor([1, 2]), Tensor([1, 2.5])), 0.5 / (5.0.squareRoot() + 7.25.squareRoot()))
  }

  @Test func identicalZerosAndOppositesAreZeroZeroAndOne() {
    #expect(relativeError(Tensor([1, 2]), Tensor([1, 2])) == 0)
    #expect(relativeError(Tensor([0, 0]), Tensor([0, 0])) == 0)
    #expect(relativeError(Tensor([1, -2]), Tensor([-1, 2])) == 1)
    #expect(relativeError(Tensor([0, 0]), Tensor([0, 3])) == 1)
  }

  @Test func elementWiseMaximumFollowsCs231n() {
    // numpy: np.max(np.abs(x - y) / np.maximum(1e-8, np.abs(x) + np.abs(y)))
    // x = [1, 0, -2], y = [1.1, 0, -2] → 0.1 / 2.1
    expectClose(maxRelativeError(Tensor([1, 0, -2]), Tensor([1.1, 0, -2])), 0.1 / 2.1)
    #expect(maxRelativeError(Tensor([0]), Tensor([-0.0])) == 0)
    #expect(maxRelativeError(Tensor([1e-9]), Tensor([0])) == 0.1)
  }

  @Test func nanAndInfinityAreNeverGood() {
    #expect(maxRelativeError(Tensor([1, .nan]), Tensor([1, 2])).isNaN)
    #expect(relativeError(Tensor([.nan]), Tensor([1])).isNaN)
    #expect(maxRelativeError(Tensor([.infinity]), Tensor([1])).isNaN)
    #expect(GradientCheckReport.Verdict(relativeError: .nan) == .wrong)
  }
}
