import NeuralCore
import TestSupport
import Testing

/// ```python
/// s = np.array([[1., 2., .5], [.1, -1., 3.]]); y = np.array([1, 0])
/// sh = s - s.max(1, keepdims=True); lp = sh - np.log(np.exp(sh).sum(1, keepdims=True))
/// L = -lp[np.arange(2), y].mean(); ds = (np.exp(lp) - np.eye(3)[y]) / 2
/// ```
@Suite struct SoftmaxCrossEntropyTests {
  let scores = Tensor([[1, 2, 0.5], [0.1, -1, 3]])
  let expectedGradient = Tensor([
    [0.11561194881107452, -0.18573414039411879, 0.07012219158304424],
    [-0.4743681971458282, 0.008532085993203705, 0.46583611115262447],
  ])

  @Test func classIndicesMatchNumpy() throws {
    let (loss, gradient) = try SoftmaxCrossEntropy().evaluate(
      predicted: scores, expected: Tensor([1, 0]))
    expectClose(loss, 1.7175715015342181)
    expectClose(gradient, expectedGradient)
  }

  @Test func oneHotRowsGiveTheSameAnswer() throws {
    let (loss, gradient) = try SoftmaxCrossEntropy().evaluate(
      predicted: scores, expected: Tensor([[0, 1, 0], [1, 0, 0]]))
    expectClose(loss, 1.7175715015342181)
    expectClose(gradient, expectedGradient)
  }

  @Test func uniformScoresGiveLogOfClassCount() throws {
    // cs231n's sanity check: small random weights on 10 classes start near ln 10.
    let (loss, _) = try SoftmaxCrossEntropy().evaluate(
      predicted: Tensor(zeros: [4, 10]), expected: Tensor([0, 3, 9, 2]))
    expectClose(loss, 2.302585092994046)
  }

  @Test func hugeScoresStayFinite() throws {
    let (loss, gradient) = try SoftmaxCrossEntropy().evaluate(
      predicted: Tensor([[1000, 0, -1000]]), expected: Tensor([2]))
    #expect(loss == 2000)
    expectClose(gradient, Tensor([[1, 0, -1]]))
  }

  @Test func softLabelsAndSumReductionMatchNumerical() throws {
    let report = try checkGradient(
      of: SoftmaxCrossEntropy(reduction: .sum), predicted: scores,
      expected: Tensor([[0.2, 0.5, 0.3], [0, 0.9, 0.1]]))
    #expect(report.verdict == .good)
  }

  @Test func rejectsLabelsOfTheWrongCountOrRange() {
    #expect(
      throws: ShapeError.mismatch(
        "softmax cross-entropy needs scores (N, C) and labels (N,), got (2, 3) and (3,)")
    ) { try SoftmaxCrossEntropy().evaluate(predicted: scores, expected: Tensor([0, 1, 2])) }
    #expect(
      throws: ShapeError.mismatch(
        "softmax cross-entropy got label 3.0, which is not a class index in 0..<3")
    ) {
      try SoftmaxCrossEntropy().evaluate(predicted: scores, expected: Tensor([0, 3]))
    }
    #expect(
      throws: ShapeError.mismatch(
        "softmax cross-entropy got label 0.5, which is not a class index in 0..<3")
    ) {
      try SoftmaxCrossEntropy().evaluate(predicted: scores, expected: Tensor([0.5, 1]))
    }
  }

  @Test func emptyBatchHasZeroLoss() throws {
    let (loss, gradient) = try SoftmaxCrossEntropy().evaluate(
      predicted: Tensor(zeros: [0, 3]), expected: Tensor(zeros: [0]))
    #expect(loss == 0)
    #expect(gradient.shape == [0, 3])
  }

  @Test func descriptionShowsReduction() {
    #expect(
      SoftmaxCrossEntropy(reduction: .sum).description == "SoftmaxCrossEntropy(reduction: sum)")
  }
}
