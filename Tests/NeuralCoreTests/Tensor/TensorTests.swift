import NeuralCore
import Testing

@Suite struct TensorTests {
  @Test func storesElementsRowMajor() {
    let t = Tensor([[1, 2, 3], [4, 5, 6]])
    #expect(t.shape == [2, 3])
    #expect(t[1, 0] == 4)
    #expect(t.strides == [3, 1])
  }

  @Test func reshapeInfersOneExtent() throws {
    let t = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
    #expect(try t.reshaped(to: [-1, 1]).shape == [6, 1])
  }

  @Test func reshapeRejectsWrongCountWithNumpysMessage() {
    let t = Tensor(zeros: [2, 3])
    #expect(throws: ShapeError.cannotReshape(from: [2, 3], to: [4, -1])) { try t.reshaped(to: [4, -1]) }
    #expect(
      ShapeError.cannotReshape(from: [2, 3], to: [4, 2]).description
        == "cannot reshape array of size 6 into shape (4, 2)")
  }

  @Test func broadcastErrorNamesBothShapes() {
    #expect(
      ShapeError.notBroadcastable([2, 3], [4]).description
        == "operands could not be broadcast together with shapes (2, 3) (4,)")
  }

  @Test func descriptionShowsShape() {
    #expect(Tensor([1, 2]).description == "Tensor(2,) [1.0, 2.0]")
  }
}
