import NeuralCore
import TestSupport
import Testing

@Suite struct MiniBatchTests {
  /// Example `i` is `[i, 10·i]` with target `i`, so every batch shows which examples it holds.
  let input = Tensor(shape: [7, 2], scalars: (0..<7).flatMap { [Double($0), Double(10 * $0)] })
  let expected = Tensor((0..<7).map(Double.init))

  @Test func shuffleFollowsNumpysPermutation() throws {
    // np.random.seed(1); np.random.permutation(7) → [6, 2, 1, 0, 4, 3, 5]
    var random = RandomState(seed: 1)
    let batches = try MiniBatch.shuffled(input: input, expected: expected, size: 3, using: &random)
    #expect(batches.map(\.expected) == [Tensor([6, 2, 1]), Tensor([0, 4, 3]), Tensor([5])])
    #expect(batches[0].input == Tensor([[6, 60], [2, 20], [1, 10]]))
  }

  @Test func lastBatchIsPartial() throws {
    let batches = try MiniBatch.inOrder(input: input, expected: expected, size: 4)
    #expect(batches.map(\.count) == [4, 3])
    #expect(try MiniBatch.inOrder(input: input, expected: expected, size: 7).count == 1)
    #expect(try MiniBatch.inOrder(input: input, expected: expected, size: 100).map(\.count) == [7])
  }

  @Test func sameSeedSameBatches() throws {
    var a = RandomState(seed: 4)
    var b = RandomState(seed: 4)
    #expect(
      try MiniBatch.shuffled(input: input, expected: expected, size: 2, using: &a)
        == MiniBatch.shuffled(input: input, expected: expected, size: 2, using: &b))
  }

  @Test func noExamplesGiveNoBatches() throws {
    #expect(
      try MiniBatch.inOrder(input: Tensor(zeros: [0, 2]), expected: Tensor(zeros: [0]), size: 4)
        .isEmpty)
  }

  @Test func rejectsMismatchedExampleCounts() {
    #expect(
      throws: ShapeError.mismatch(
        "inputs and targets need the same number of examples, got (7, 2) and (6,)")
    ) {
      try MiniBatch.inOrder(input: input, expected: Tensor(zeros: [6]), size: 2)
    }
  }

  @Test func description() throws {
    #expect(
      try MiniBatch.inOrder(input: input, expected: expected, size: 5)[1].description
        == "MiniBatch(2 examples)")
  }
}
