import NeuralCore
import TestSupport
import Testing

@Suite struct MulticlassHingeTests {
  /// cs231n's cat/car/frog example: per-image losses 2.9, 0 and 12.9, mean 5.27.
  @Test func cs231nThreeImageExample() throws {
    let scores = Tensor([[3.2, 5.1, -1.7], [1.3, 4.9, 2.0], [2.2, 2.5, -3.1]])
    let (loss, gradient) = try MulticlassHinge().evaluate(
      predicted: scores, expected: Tensor([0, 1, 2]))
    expectClose(loss, 5.266666666666667)
    let third = 1.0 / 3
    expectClose(gradient, Tensor([[-third, third, 0], [0, 0, 0], [third, third, -2 * third]]))
  }

  @Test func satisfiedMarginsCostNothing() throws {
    for scores in [[10.0, -2, 3], [10, -100, -100], [10, 8.9, 8.9]] {
      #expect(
        try MulticlassHinge().evaluate(predicted: Tensor([scores]), expected: Tensor([0])).loss == 0
      )
    }
  }

  @Test func gradientMatchesNumericalAwayFromKinks() throws {
    let scores = Tensor([[0.3, 1.1, -0.4, 2.0], [1.5, -0.2, 0.9, 0.05]])
    let report = try checkGradient(
      of: MulticlassHinge(margin: 1), predicted: scores, expected: Tensor([3, 0]))
    #expect(report.verdict == .good)
  }

  @Test func rejectsScoresThatAreNotAMatrix() {
    #expect(
      throws: ShapeError.mismatch(
        "multiclass hinge loss needs scores (N, C) and labels (N,), got (3,) and (1,)")
    ) {
      try MulticlassHinge().evaluate(predicted: Tensor([1, 2, 3]), expected: Tensor([0]))
    }
  }

  @Test func description() {
    #expect(MulticlassHinge().description == "MulticlassHinge(margin: 1.0, reduction: mean)")
  }
}
