import NeuralCore
import TestSupport
import Testing

/// ```python
/// np.random.seed(1); A = np.arange(1., 9.).reshape(2, 4); keep_prob = 0.5
/// D = (np.random.rand(2, 4) < keep_prob).astype(int); A = A * D / keep_prob   # first mask
/// D2 = (np.random.rand(2, 4) < keep_prob).astype(int)                         # [1, 0, 1, 0, 1, 0, 1, 0]
/// ```
@Suite struct DropoutTests {
  let x = Tensor(shape: [2, 4], scalars: (1...8).map(Double.init))

  @Test func trainingMaskMatchesTheCourse() {
    let y = Dropout(rate: 0.5, seed: 1).forward(x).output
    #expect(y == Tensor([[2, 0, 6, 8], [10, 12, 14, 16]]))
  }

  @Test func commitAdvancesToTheNextMask() {
    var layer = Dropout(rate: 0.5, seed: 1)
    let first = layer.forward(x)
    #expect(layer.forward(x).output == first.output)
    layer.commit(first.cache)
    #expect(layer.forward(x).cache.mask == Tensor([[1, 0, 1, 0], [1, 0, 1, 0]]))
  }

  @Test func inferencePassesThrough() {
    var layer = Dropout(rate: 0.5, seed: 1)
    layer.setTraining(false)
    #expect(layer.forward(x).output == x)
    #expect(layer.backward(x, cache: layer.forward(x).cache).input == x)
  }

  @Test func backwardMatchesNumericalGradient() {
    expectGradientMatchesNumerical(layer: Dropout(rate: 0.3, seed: 5), input: x * 0.1)
  }

  @Test func expectationIsPreserved() {
    let y = Dropout(rate: 0.2, seed: 0).forward(Tensor(shape: [100, 100], repeating: 1)).output
    #expect(abs(y.mean() - 1) < 0.02)
  }

  @Test func description() {
    #expect(Dropout(rate: 0.5).description == "Dropout(rate: 0.5)")
    #expect(Dropout(rate: 0.25).keepProbability == 0.75)
  }
}
