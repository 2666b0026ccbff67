import NeuralCore
import TestSupport
import Testing

@Suite struct MeanSquaredErrorTests {
  /// `((a - b)**2).mean()` and `2*(a - b)/a.size` for the tensors below.
  @Test func averagesEverySquaredDifference() throws {
    let (loss, gradient) = try MeanSquaredError().evaluate(
      predicted: Tensor([[1, 2], [3, -1]]), expected: Tensor([[0.5, 2], [1, 0]]))
    #expect(loss == 1.3125)
    #expect(gradient == Tensor([[0.25, 0], [1, -0.5]]))
  }

  @Test func sumReductionDoesNotDivide() throws {
    #expect(
      try MeanSquaredError(reduction: .sum).evaluate(
        predicted: Tensor([1, 2]), expected: Tensor([0, 0])
      ).loss == 5)
  }

  @Test func gradientMatchesNumerical() throws {
    let report = try checkGradient(
      of: MeanSquaredError(), predicted: Tensor([0.3, -2, 5]), expected: Tensor([1, 1, 1]))
    #expect(report.verdict == .good)
  }

  @Test func nanPropagates() throws {
    #expect(
      try MeanSquaredError().evaluate(predicted: Tensor([.nan]), expected: Tensor([0])).loss.isNaN)
  }

  @Test func rejectsMismatchedShapes() {
    #expect(
      throws: ShapeError.mismatch(
        "mean squared error needs predictions and targets of the same shape, got (4, 1) and (1, 4)")
    ) {
      try MeanSquaredError().evaluate(
        predicted: Tensor(zeros: [4, 1]), expected: Tensor(zeros: [1, 4]))
    }
  }

  @Test func description() {
    #expect(MeanSquaredError().description == "MeanSquaredError(reduction: mean)")
  }
}
