import NeuralCore
import TestSupport
import Testing

@Suite struct FlattenTests {
  let x = Tensor(shape: [2, 2, 2, 1], scalars: (0..<8).map(Double.init))

  @Test func forwardKeepsTheBatchAxis() throws {
    #expect(Flatten().forward(x).output == Tensor([[0, 1, 2, 3], [4, 5, 6, 7]]))
    #expect(try Flatten().outputShape(forInputShape: [5]) == [5, 1])
  }

  @Test func backwardRestoresTheShape() {
    expectGradientMatchesNumerical(layer: Flatten(), input: x)
  }

  @Test func rejectsAScalar() {
    #expect(throws: ShapeError.mismatch("Flatten() needs a batch axis, got a scalar")) {
      try Flatten().applied(to: Tensor(1))
    }
  }

  @Test func description() {
    #expect(Flatten().description == "Flatten()")
  }
}
