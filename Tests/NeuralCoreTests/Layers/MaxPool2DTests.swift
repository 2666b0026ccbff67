import NeuralCore
import TestSupport
import Testing

@Suite struct MaxPool2DTests {
  let x = Tensor(shape: [1, 4, 4, 1], scalars: [1, 3, 2, 0, 5, 4, 1, 1, -1, 0, 8, 7, 2, 6, 6, 9])

  @Test func forwardTakesEachWindowsLargest() {
    #expect(
      MaxPool2D(size: 2).forward(x).output == Tensor(shape: [1, 2, 2, 1], scalars: [5, 2, 6, 9]))
  }

  @Test func backwardRoutesGradientToTheMaximum() {
    let layer = MaxPool2D(size: 2)
    let dx = layer.backward(
      Tensor(shape: [1, 2, 2, 1], scalars: [1, 2, 3, 4]), cache: layer.forward(x).cache
    ).input
    #expect(
      dx == Tensor(shape: [1, 4, 4, 1], scalars: [0, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 4]))
  }

  @Test func backwardMatchesNumericalGradient() {
    var random = RandomState(seed: 4)
    expectGradientMatchesNumerical(
      layer: MaxPool2D(size: 3, stride: 2), input: random.randn(shape: [2, 5, 5, 3]))
  }

  @Test func rejectsAWindowLargerThanTheImage() {
    #expect(
      throws: ShapeError.mismatch(
        "MaxPool2D(size: 3, stride: 3): a 3x3 window does not fit in a padded input of 2x2")
    ) { try MaxPool2D(size: 3).applied(to: Tensor(zeros: [1, 2, 2, 1])) }
  }

  @Test func description() {
    #expect(MaxPool2D(size: 2).description == "MaxPool2D(size: 2, stride: 2)")
  }

  @Test func rectangularSameWindowsMatchNumericalGradient() throws {
    var random = RandomState(seed: 7)
    let layer = MaxPool2D(poolSize: (2, 3), strides: (1, 2), padding: .same)
    #expect(try layer.outputShape(forInputShape: [2, 5, 5, 3]) == [2, 5, 3, 3])
    expectGradientMatchesNumerical(layer: layer, input: random.randn(shape: [2, 5, 5, 3]))
  }

  @Test func describesRectangularAndSameWindows() {
    #expect(
      MaxPool2D(poolSize: (2, 3), padding: .same).description
        == "MaxPool2D(poolSize: (2, 3), strides: (2, 3), padding: same)")
    #expect(MaxPool2D(size: 2, stride: 1).description == "MaxPool2D(size: 2, stride: 1)")
  }
}
