import NeuralCore
import TestSupport
import Testing

@Suite struct ZeroPad2DTests {
  @Test func forwardSurroundsWithZeros() {
    let y = ZeroPad2D(padding: 1).forward(Tensor(shape: [1, 1, 2, 1], scalars: [7, 8])).output
    #expect(y.shape == [1, 3, 4, 1])
    #expect(y.scalars == [0, 0, 0, 0, 0, 7, 8, 0, 0, 0, 0, 0])
  }

  @Test func backwardTakesTheInterior() {
    var random = RandomState(seed: 2)
    expectGradientMatchesNumerical(
      layer: ZeroPad2D(padding: 2), input: random.randn(shape: [2, 3, 2, 2]))
  }

  @Test func rejectsAMatrix() {
    #expect(
      throws: ShapeError.mismatch(
        "ZeroPad2D(padding: 1) expects images of shape (N, height, width, channels), got (3, 4)")
    ) { try ZeroPad2D(padding: 1).applied(to: Tensor(zeros: [3, 4])) }
  }

  @Test func description() {
    #expect(ZeroPad2D(padding: 3).description == "ZeroPad2D(padding: 3)")
  }
}
