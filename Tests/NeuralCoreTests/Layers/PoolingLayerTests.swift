import NeuralCore
import TestSupport
import Testing

/// MaxPool2D and AvgPool2D.
@Suite struct PoolingLayerTests {
  let x = Tensor(shape: [1, 4, 4, 1], scalars: [1, 3, 2, 0, 5, 4, 1, 1, -1, 0, 8, 7, 2, 6, 6, 9])

  @Test func maxPoolTakesEachWindowsLargest() {
    #expect(
      MaxPool2D(size: 2).forward(x).output == Tensor(shape: [1, 2, 2, 1], scalars: [5, 2, 6, 9]))
  }

  @Test func avgPoolTakesEachWindowsMean() {
    #expect(
      AvgPool2D(size: 2).forward(x).output
        == Tensor(shape: [1, 2, 2, 1], scalars: [3.25, 1, 1.75, 7.5]))
  }

  @Test func maxPoolRoutesGradientToTheMaximum() {
    let dx = MaxPool2D(size: 2).backward(
      Tensor(shape: [1, 2, 2, 1], scalars: [1, 2, 3, 4]), cache: MaxPool2D(size: 2).forward(x).cache
    ).input
    #expect(
      dx == Tensor(shape: [1, 4, 4, 1], scalars: [0, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 4]))
  }

  @Test func backwardMatchesNumericalGradient() {
    var random = RandomState(seed: 4)
    let input = random.randn(shape: [2, 5, 5, 3])
    expectGradientMatchesNumerical(layer: MaxPool2D(size: 3, stride: 2), input: input)
    expectGradientMatchesNumerical(layer: AvgPool2D(size: 2, stride: 1), input: input)
  }

  @Test func rejectsAWindowLargerThanTheImage() {
    #expect(throws: ShapeError.self) {
      try MaxPool2D(size: 3).applied(to: Tensor(zeros: [1, 2, 2, 1]))
    }
    #expect(throws: ShapeError.self) { try AvgPool2D(size: 2).outputShape(forInputShape: [4, 4]) }
  }

  @Test func rejectionNamesTheLayer() {
    do {
      _ = try MaxPool2D(size: 3).outputShape(forInputShape: [1, 2, 2, 1])
      Issue.record("expected a ShapeError")
    } catch {
      #expect(error.description.hasPrefix("MaxPool2D(size: 3, stride: 3): "))
    }
  }

  @Test func descriptions() {
    #expect(MaxPool2D(size: 2).description == "MaxPool2D(size: 2, stride: 2)")
    #expect(AvgPool2D(size: 3, stride: 1).description == "AvgPool2D(size: 3, stride: 1)")
  }
}
