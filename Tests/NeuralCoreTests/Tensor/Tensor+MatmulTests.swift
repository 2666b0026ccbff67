import NeuralCore
import Testing

// Expected values from numpy 2.4: a = np.arange(6.).reshape(2, 3); b = np.arange(12.).reshape(3, 4)
//   a @ b; a @ [1., 2, 3]; [1., 2] @ a; [1., 2, 3] @ [4., 5, 6]; a.T @ a
//   A = np.arange(12.).reshape(2, 2, 3); A @ np.arange(6.).reshape(3, 2); A @ np.arange(12.).reshape(2, 3, 2)
@Suite struct TensorMatmulTests {
  let a = Tensor(shape: [2, 3], scalars: [0, 1, 2, 3, 4, 5])
  let b = Tensor(shape: [3, 4], scalars: (0..<12).map(Double.init))

  @Test func matrixTimesMatrix() {
    #expect(a.matmul(b) == Tensor([[20, 23, 26, 29], [56, 68, 80, 92]]))
  }

  @Test func vectorCasesFollowNumpyDot() {
    #expect(a.matmul(Tensor([1, 2, 3])) == Tensor([8, 26]))
    #expect(Tensor([1, 2]).matmul(a) == Tensor([6, 9, 12]))
    #expect(Tensor([1, 2, 3]).matmul(Tensor([4, 5, 6])) == Tensor(32))
  }

  @Test func stacksOfMatrices() {
    let s = Tensor(shape: [2, 2, 3], scalars: (0..<12).map(Double.init))
    let folded = s.matmul(Tensor(shape: [3, 2], scalars: (0..<6).map(Double.init)))
    #expect(folded.shape == [2, 2, 2])
    #expect(folded.scalars == [10, 13, 28, 40, 46, 67, 64, 94])
    let batched = s.matmul(Tensor(shape: [2, 3, 2], scalars: (0..<12).map(Double.init)))
    #expect(batched.scalars == [10, 13, 28, 40, 172, 193, 244, 274])
    let broadcast = Tensor(shape: [1, 2, 3], scalars: [0, 1, 2, 3, 4, 5]).matmul(
      Tensor(shape: [2, 3, 2], scalars: (0..<12).map(Double.init)))
    #expect(broadcast.shape == [2, 2, 2])
    #expect(broadcast.scalars.prefix(4) == [10, 13, 28, 40])
  }

  @Test func transposingVariantsAvoidCopies() {
    #expect(Tensor.matmul(a, a, transposingA: true) == Tensor([[9, 12, 15], [12, 17, 22], [15, 22, 29]]))
    #expect(Tensor.matmul(a, a, transposingB: true) == Tensor([[5, 14], [14, 50]]))
    #expect(Tensor.matmul(b, a, transposingA: true, transposingB: true) == b.transposed().matmul(a.transposed()))
  }

  @Test func shapesAreValidatedWithNumpysMessage() throws {
    #expect(try Tensor.matmulShape([4, 3], [3, 400]) == [4, 400])
    #expect(try Tensor.matmulShape([3], [3]) == [])
    #expect(try Tensor.matmulShape([5, 2, 3], [3, 7]) == [5, 2, 7])
    #expect(throws: ShapeError.matmulMismatch([4, 3], [4, 400])) { try Tensor.matmulShape([4, 3], [4, 400]) }
    #expect(
      ShapeError.matmulMismatch([4, 3], [4, 400]).description
        == "shapes (4, 3) and (4, 400) not aligned: 3 (dim 1) != 4 (dim 0)")
    #expect(throws: ShapeError.notBroadcastable([2], [3])) { try Tensor.matmulShape([2, 1, 1], [3, 1, 1]) }
  }

  @Test func emptyAndSpecialValues() {
    #expect(Tensor(zeros: [2, 0]).matmul(Tensor(zeros: [0, 3])) == Tensor(zeros: [2, 3]))
    #expect(Tensor(zeros: [0, 2]).matmul(Tensor(zeros: [2, 3])).shape == [0, 3])
    let c = Tensor([[1, .nan], [.infinity, 1]]).matmul(Tensor([[1, 0], [0, 1]]))
    #expect(c[0, 1].isNaN && c[0, 0].isNaN)
    #expect(c[1, 0] == .infinity)
  }
}

extension TensorMatmulTests {
  @Test func emptyOperandsGiveZerosOfTheRightShape() {
    #expect(Tensor.matmul(Tensor(zeros: [0, 2]), Tensor(zeros: [0, 3]), transposingA: true) == Tensor(zeros: [2, 3]))
    #expect(Tensor.matmul(Tensor(zeros: [0, 2]), Tensor(zeros: [3, 2]), transposingB: true).shape == [0, 3])
    #expect(Tensor(zeros: [2, 2, 0]).matmul(Tensor(zeros: [2, 0, 3])) == Tensor(zeros: [2, 2, 3]))
  }
}
