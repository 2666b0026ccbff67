import NeuralCore
import TestSupport
import Testing

/// ```python
/// x = np.array([[1., 2.], [3., -2.], [5., 0.]]); g = np.array([2., .5]); b = np.array([.1, -.3])
/// mu = x.mean(0); var = x.var(0); y = g * (x - mu) / np.sqrt(var + 1e-5) + b
/// rm = 0.1 * mu; rv = 0.9 + 0.1 * var; y_inference = g * (x - rm) / np.sqrt(rv + 1e-5) + b
/// ```
@Suite struct BatchNormTests {
  let x = Tensor([[1, 2], [3, -2], [5, 0]])
  var layer: BatchNorm {
    var layer = BatchNorm(featureCount: 2)
    layer.parameters = ["gamma": Tensor([2, 0.5]), "beta": Tensor([0.1, -0.3])]
    return layer
  }

  @Test func trainingNormalisesWithBatchStatistics() {
    expectClose(
      layer.forward(x).output,
      Tensor([
        [-2.3494851500028275, 0.3123712875007069], [0.1, -0.9123712875007068],
        [2.5494851500028277, -0.3],
      ]))
  }

  @Test func commitUpdatesRunningAveragesUsedInInference() {
    var bn = layer
    bn.commit(bn.forward(x).cache)
    expectClose(bn.runningMean, Tensor([0.30000000000000004, 0]))
    expectClose(bn.runningVariance, Tensor([1.1666666666666667, 1.1666666666666667]))
    bn.setTraining(false)
    expectClose(
      bn.forward(x).output,
      Tensor([
        [1.3961425847966833, 0.625816131997631], [5.099407112787207, -1.225816131997631],
        [8.802671640777731, -0.3],
      ]))
  }

  @Test func backwardMatchesNumericalGradientInBothModes() {
    let input = Tensor([[0.3, -1.2, 0.5], [2.0, 0.7, -0.1], [-0.4, 0.1, 0.9], [1.1, -0.6, 0.2]])
    var bn = BatchNorm(featureCount: 3)
    bn.parameters = ["gamma": Tensor([1.5, 0.7, -0.4]), "beta": Tensor([0.2, 0, 0.3])]
    expectGradientMatchesNumerical(layer: bn, input: input)
    bn.setTraining(false)
    expectGradientMatchesNumerical(layer: bn, input: input)
  }

  @Test func normalisesImagesPerChannel() {
    var random = RandomState(seed: 9)
    let images = random.randn(shape: [2, 3, 3, 2])
    let y = BatchNorm(featureCount: 2).forward(images).output
    let perChannel = Tensor(shape: [18, 2], scalars: y.scalars)
    expectClose(perChannel.mean(alongAxis: 0), Tensor([0, 0]), absolute: 1e-12)
    expectGradientMatchesNumerical(layer: BatchNorm(featureCount: 2), input: images)
  }

  @Test func rejectsTheWrongFeatureCount() {
    #expect(
      throws: ShapeError.mismatch(
        "BatchNorm(featureCount: 2, momentum: 0.9, epsilon: 1e-05) expects input of shape (N, …, 2), got (4, 3)"
      )
    ) { try layer.applied(to: Tensor(zeros: [4, 3])) }
  }

  @Test func constantFeatureStaysFinite() {
    #expect(BatchNorm(featureCount: 1).forward(Tensor([[3], [3]])).output == Tensor([[0], [0]]))
  }
}
