import NeuralCore
import Testing

// Expected values from numpy 2.4:
//   a = np.arange(6.).reshape(2, 3); b = np.array([10., 20, 30]); c = np.array([[1.], [2.]])
//   (a + b).tolist(); (a * c).tolist(); (c - b).tolist()
@Suite struct TensorBroadcastingTests {
  @Test(arguments: [
    ([2, 3], [3], [2, 3]), ([2, 1], [1, 4], [2, 4]), ([5, 1, 3], [4, 1], [5, 4, 3]),
    ([], [2, 2], [2, 2]), ([0, 3], [1, 3], [0, 3]), ([3], [3], [3]),
  ])
  func broadcastShapeFollowsNumpy(a: [Int], b: [Int], expected: [Int]) throws {
    #expect(try Tensor.broadcastShape(a, b) == expected)
    #expect(try Tensor.broadcastShape(b, a) == expected)
  }

  @Test func broadcastShapeRejectsMismatchNamingBothShapes() {
    #expect(throws: ShapeError.notBroadcastable([2, 3], [4])) { try Tensor.broadcastShape([2, 3], [4]) }
    #expect(throws: ShapeError.notBroadcastable([2, 3], [3, 2, 2])) { try Tensor.broadcastShape([2, 3], [3, 2, 2]) }
  }

  @Test func broadcastingAppliesTheOperationPerElement() throws {
    let a = Tensor(shape: [2, 3], scalars: [0, 1, 2, 3, 4, 5])
    let b = Tensor([10, 20, 30])
    let c = Tensor([[1], [2]])
    #expect(try Tensor.broadcasting(a, b, +) == Tensor([[10, 21, 32], [13, 24, 35]]))
    #expect(try Tensor.broadcasting(a, c, *) == Tensor([[0, 1, 2], [6, 8, 10]]))
    #expect(try Tensor.broadcasting(c, b, -) == Tensor([[-9, -19, -29], [-8, -18, -28]]))
    #expect(try Tensor.broadcasting(Tensor(2), b, *) == Tensor([20, 40, 60]))
  }

  @Test func broadcastingThreeAxesMatchesNumpy() throws {
    // np.arange(6.).reshape(2, 1, 3) + np.array([[100.], [200.]]) -> shape (2, 2, 3)
    let a = Tensor(shape: [2, 1, 3], scalars: [0, 1, 2, 3, 4, 5])
    let b = Tensor([[100], [200]])
    let c = try Tensor.broadcasting(a, b, +)
    #expect(c.shape == [2, 2, 3])
    #expect(c.scalars == [100, 101, 102, 200, 201, 202, 103, 104, 105, 203, 204, 205])
  }

  @Test func broadcastingThrowsOnMismatch() {
    #expect(throws: ShapeError.notBroadcastable([2, 3], [2])) {
      try Tensor.broadcasting(Tensor(zeros: [2, 3]), Tensor(zeros: [2]), +)
    }
  }

  @Test func broadcastToRepeatsAlongUnitAxes() throws {
    let row = Tensor([1, 2])
    #expect(try row.broadcast(to: [3, 2]) == Tensor([[1, 2], [1, 2], [1, 2]]))
    #expect(try Tensor([[1], [2]]).broadcast(to: [2, 3]) == Tensor([[1, 1, 1], [2, 2, 2]]))
    #expect(throws: ShapeError.notBroadcastable([2], [2, 3])) { try row.broadcast(to: [2, 3]) }
    // Broadcasting must reach exactly the target, not a larger shape.
    #expect(throws: ShapeError.notBroadcastable([2, 1], [3])) { try Tensor(zeros: [2, 1]).broadcast(to: [3]) }
  }

  @Test func reducedSumsBroadcastAxesBack() {
    let g = Tensor([[1, 2, 3], [4, 5, 6]])
    #expect(g.reduced(toShape: [3]) == Tensor([5, 7, 9]))
    #expect(g.reduced(toShape: [1, 3]) == Tensor([[5, 7, 9]]))
    #expect(g.reduced(toShape: [2, 1]) == Tensor([[6], [15]]))
    #expect(g.reduced(toShape: []) == Tensor(21))
    #expect(g.reduced(toShape: [2, 3]) == g)
  }

  @Test func emptyTensorsBroadcastToEmpty() throws {
    let c = try Tensor.broadcasting(Tensor(zeros: [0, 3]), Tensor([1, 2, 3]), +)
    #expect(c.shape == [0, 3])
    #expect(c.scalars.isEmpty)
  }
}
