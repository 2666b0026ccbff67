import NeuralCore
import TestSupport
import Testing

/// ```python
/// p = np.array([[0.9], [0.2], [0.6]]); y = np.array([[1.], [0.], [0.]]); m = p.size
/// L = -np.sum(y*np.log(p) + (1-y)*np.log(1-p)) / m; dp = (p - y) / (p*(1-p)) / m
/// z = np.array([[2.], [-1.], [0.5], [40.]]); y = np.array([[1.], [0.], [0.], [0.]])
/// L = np.sum(np.maximum(z, 0) - z*y + np.log1p(np.exp(-abs(z)))) / z.size
/// dz = (1/(1 + np.exp(-z)) - y) / z.size
/// ```
@Suite struct BinaryCrossEntropyTests {
  @Test func probabilitiesMatchNumpy() throws {
    let (loss, gradient) = try BinaryCrossEntropy().evaluate(
      predicted: Tensor([[0.9], [0.2], [0.6]]), expected: Tensor([[1], [0], [0]]))
    expectClose(loss, 0.414931599615397)
    expectClose(
      gradient, Tensor([[-0.3703703703703704], [0.4166666666666666], [0.8333333333333334]]))
  }

  @Test func logitsAreStableForLargeInputs() throws {
    let (loss, gradient) = try BinaryCrossEntropy(fromLogits: true).evaluate(
      predicted: Tensor([[2], [-1], [0.5], [40]]), expected: Tensor([[1], [0], [0], [0]]))
    expectClose(loss, 10.353566670685325)
    expectClose(
      gradient,
      Tensor([[-0.02980073050552942], [0.06723535534249878], [0.15561483280046365], [0.25]]))
    let huge = try BinaryCrossEntropy(fromLogits: true).evaluate(
      predicted: Tensor([1000]), expected: Tensor([0]))
    #expect(huge.loss == 1000)
  }

  @Test func gradientsMatchNumerical() throws {
    let z = Tensor([[0.3, -1.2], [2.0, 0.1]])
    let y = Tensor([[1, 0], [0.25, 1]])
    #expect(
      try checkGradient(of: BinaryCrossEntropy(fromLogits: true), predicted: z, expected: y).verdict
        == .good)
    let p = Tensor([[0.3, 0.8], [0.55, 0.1]])
    #expect(
      try checkGradient(of: BinaryCrossEntropy(reduction: .sum), predicted: p, expected: y).verdict
        == .good)
  }

  @Test func certainWrongPredictionIsInfinite() throws {
    #expect(
      try BinaryCrossEntropy().evaluate(predicted: Tensor([0]), expected: Tensor([1])).loss
        == .infinity)
  }

  @Test func rejectsShapesThatWouldBroadcast() {
    #expect(
      throws: ShapeError.mismatch(
        "binary cross-entropy needs predictions and targets of the same shape, got (3, 1) and (3,)")
    ) {
      try BinaryCrossEntropy().evaluate(
        predicted: Tensor(zeros: [3, 1]), expected: Tensor(zeros: [3]))
    }
  }

  @Test func descriptionShowsOptions() {
    #expect(BinaryCrossEntropy().description == "BinaryCrossEntropy(reduction: mean)")
    #expect(
      BinaryCrossEntropy(fromLogits: true).description
        == "BinaryCrossEntropy(fromLogits: true, reduction: mean)")
  }
}
