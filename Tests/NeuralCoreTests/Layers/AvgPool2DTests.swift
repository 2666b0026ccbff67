import NeuralCore
import TestSupport
import Testing

@Suite struct AvgPool2DTests {
  let x = Tensor(shape: [1, 4, 4, 1], scalars: [1, 3, 2, 0, 5, 4, 1, 1, -1, 0, 8, 7, 2, 6, 6, 9])

  @Test func forwardTakesEachWindowsMean() {
    #expect(
      AvgPool2D(size: 2).forward(x).output
        == Tensor(shape: [1, 2, 2, 1], scalars: [3.25, 1, 1.75, 7.5]))
  }

  @Test func backwardSpreadsTheGradientEvenly() {
    let layer = AvgPool2D(size: 2)
    let dx = layer.backward(
      Tensor(shape: [1, 2, 2, 1], scalars: [4, 0, 0, 8]), cache: layer.forward(x).cache
    ).input
    #expect(
      dx == Tensor(shape: [1, 4, 4, 1], scalars: [1, 1, 0, 0, 1, 1, 0, 0, 0, 0, 2, 2, 0, 0, 2, 2]))
  }

  @Test func backwardMatchesNumericalGradient() {
    var random = RandomState(seed: 4)
    expectGradientMatchesNumerical(
      layer: AvgPool2D(size: 2, stride: 1), input: random.randn(shape: [2, 5, 5, 3]))
  }

  @Test func rejectsAMatrix() {
    #expect(
      throws: ShapeError.mismatch(
        "AvgPool2D(size: 2, stride: 2): expected input of shape (N, height, width, channels), got (4, 4)"
      )
    ) { try AvgPool2D(size: 2).outputShape(forInputShape: [4, 4]) }
  }

  @Test func description() {
    #expect(AvgPool2D(size: 3, stride: 1).description == "AvgPool2D(size: 3, stride: 1)")
  }

  @Test func rectangularSameWindowsMatchNumericalGradient() throws {
    var random = RandomState(seed: 7)
    let layer = AvgPool2D(poolSize: (2, 3), strides: (1, 2), padding: .same)
    #expect(try layer.outputShape(forInputShape: [2, 5, 5, 3]) == [2, 5, 3, 3])
    expectGradientMatchesNumerical(layer: layer, input: random.randn(shape: [2, 5, 5, 3]))
  }

  @Test func describesRectangularAndSameWindows() {
    #expect(
      AvgPool2D(poolSize: (2, 3), padding: .same).description
        == "AvgPool2D(poolSize: (2, 3), strides: (2, 3), padding: same)")
    #expect(AvgPool2D(size: 2, stride: 1).description == "AvgPool2D(size: 2, stride: 1)")
  }
}
