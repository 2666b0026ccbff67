import NeuralCore
import TestSupport
import Testing

/// ZeroPad2D and Flatten.
@Suite struct ReshapingLayerTests {
  @Test func zeroPadSurroundsWithZeros() {
    let y = ZeroPad2D(padding: 1).forward(Tensor(shape: [1, 1, 2, 1], scalars: [7, 8])).output
    #expect(y.shape == [1, 3, 4, 1])
    #expect(y.scalars == [0, 0, 0, 0, 0, 7, 8, 0, 0, 0, 0, 0])
  }

  @Test func zeroPadBackwardTakesTheInterior() {
    var random = RandomState(seed: 2)
    expectGradientMatchesNumerical(
      layer: ZeroPad2D(padding: 2), input: random.randn(shape: [2, 3, 2, 2]))
  }

  @Test func zeroPadRejectsAMatrix() {
    #expect(
      throws: ShapeError.mismatch(
        "ZeroPad2D(padding: 1) expects images of shape (N, height, width, channels), got (3, 4)")
    ) {
      try ZeroPad2D(padding: 1).applied(to: Tensor(zeros: [3, 4]))
    }
  }

  @Test func flattenKeepsTheBatchAxis() throws {
    let x = Tensor(shape: [2, 2, 2, 1], scalars: (0..<8).map(Double.init))
    #expect(Flatten().forward(x).output == Tensor([[0, 1, 2, 3], [4, 5, 6, 7]]))
    #expect(try Flatten().outputShape(forInputShape: [5]) == [5, 1])
    expectGradientMatchesNumerical(layer: Flatten(), input: x)
  }

  @Test func flattenRejectsAScalar() {
    #expect(throws: ShapeError.mismatch("Flatten() needs a batch axis, got a scalar")) {
      try Flatten().applied(to: Tensor(1))
    }
  }

  @Test func descriptions() {
    #expect(ZeroPad2D(padding: 3).description == "ZeroPad2D(padding: 3)")
    #expect(Flatten().description == "Flatten()")
  }
}
