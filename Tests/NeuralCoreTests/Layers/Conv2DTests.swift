import NeuralCore
import TestSupport
import Testing

@Suite struct Conv2DTests {
  @Test func forwardSumsEachWindow() {
    // x = 1…9 as a 3x3 image, a 2x2 kernel of ones, bias 0.5: window sums 12, 16, 24, 28.
    let x = Tensor(shape: [1, 3, 3, 1], scalars: (1...9).map(Double.init))
    let layer = Conv2D(weight: Tensor(shape: [2, 2, 1, 1], repeating: 1), bias: Tensor([0.5]))
    #expect(
      layer.forward(x).output == Tensor(shape: [1, 2, 2, 1], scalars: [12.5, 16.5, 24.5, 28.5]))
  }

  @Test func samePaddingKeepsTheSize() throws {
    var random = RandomState(seed: 1)
    let layer = Conv2D(inputChannels: 3, filters: 8, kernelSize: 3, padding: .same, using: &random)
    #expect(try layer.outputShape(forInputShape: [10, 32, 32, 3]) == [10, 32, 32, 8])
  }

  @Test func backwardMatchesNumericalGradient() {
    var random = RandomState(seed: 7)
    let layer = Conv2D(
      weight: random.randn(shape: [3, 3, 2, 3]), bias: random.randn(shape: [3]), stride: 2,
      padding: .explicit(1))
    expectGradientMatchesNumerical(layer: layer, input: random.randn(shape: [2, 5, 5, 2]))
    let valid = Conv2D(
      weight: random.randn(shape: [2, 3, 2, 2]), bias: random.randn(shape: [2]), padding: .valid)
    expectGradientMatchesNumerical(layer: valid, input: random.randn(shape: [1, 4, 5, 2]))
  }

  @Test func rejectsWrongChannelCount() {
    let layer = Conv2D(
      weight: Tensor(zeros: [3, 3, 3, 8]), bias: Tensor(zeros: [8]), padding: .same)
    #expect(
      throws: ShapeError.mismatch(
        "Conv2D(filters: 8, kernelSize: 3, stride: 1, padding: same): weights expect 3 input channels, but the input has 1"
      )
    ) { try layer.applied(to: Tensor(zeros: [2, 5, 5, 1])) }
  }

  @Test func description() {
    let layer = Conv2D(
      weight: Tensor(zeros: [3, 5, 1, 4]), bias: Tensor(zeros: [4]), stride: 2,
      padding: .explicit(1))
    #expect(layer.description == "Conv2D(filters: 4, kernelSize: (3, 5), stride: 2, padding: 1)")
  }
}
