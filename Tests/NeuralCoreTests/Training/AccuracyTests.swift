import NeuralCore
import Testing

@Suite struct AccuracyTests {
  @Test func scoresAgainstLabelsUseArgmax() throws {
    let scores = Tensor([[0.1, 0.9, 0], [2, 1, 3], [5, 5, 1], [0, 0, 1]])
    // argmax per row (first on ties): 1, 2, 0, 2
    #expect(try accuracy(predicted: scores, expected: Tensor([1, 2, 1, 2])) == 0.75)
  }

  @Test func probabilitiesUseTheThreshold() throws {
    #expect(
      try accuracy(predicted: Tensor([[0.9], [0.4], [0.5]]), expected: Tensor([[1], [0], [1]]))
        == 2.0 / 3)
    #expect(try accuracy(predicted: Tensor([2, -1]), expected: Tensor([1, 0]), threshold: 0) == 1)
  }

  @Test func emptyBatchIsZero() throws {
    #expect(try accuracy(predicted: Tensor(zeros: [0, 3]), expected: Tensor(zeros: [0])) == 0)
  }

  @Test func rejectsShapesItCannotRead() {
    #expect(
      throws: ShapeError.mismatch(
        "accuracy needs scores (N, C) with labels (N,), or predictions and targets of shape (N, 1), got (4, 3) and (4, 3)"
      )
    ) { try accuracy(predicted: Tensor(zeros: [4, 3]), expected: Tensor(zeros: [4, 3])) }
  }
}
