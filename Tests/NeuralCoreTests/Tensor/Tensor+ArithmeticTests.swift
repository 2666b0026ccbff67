import NeuralCore
import Testing

@Suite struct TensorArithmeticTests {
  let a = Tensor([[1, 2], [3, 4]])

  @Test func tensorOperatorsBroadcast() {
    let b = Tensor([10, 100])
    #expect(a + b == Tensor([[11, 102], [13, 104]]))
    #expect(a - b == Tensor([[-9, -98], [-7, -96]]))
    #expect(a * b == Tensor([[10, 200], [30, 400]]))
    #expect(b / a == Tensor([[10, 50], [10.0 / 3, 25]]))
  }

  @Test func scalarOperatorsApplyToEveryElement() {
    #expect(a + 1 == Tensor([[2, 3], [4, 5]]))
    #expect(1 - a == Tensor([[0, -1], [-2, -3]]))
    #expect(a * 2 == 2 * a)
    #expect(a / 2 == Tensor([[0.5, 1], [1.5, 2]]))
    #expect(12 / a == Tensor([[12, 6], [4, 3]]))
    #expect(-a == Tensor([[-1, -2], [-3, -4]]))
  }

  @Test func specialValuesFollowIEEE() {
    // np.array([0., 1, -1]) / 0 -> [nan, inf, -inf]
    let q = Tensor([0, 1, -1]) / 0
    #expect(q.scalars[0].isNaN)
    #expect(q.scalars[1] == .infinity && q.scalars[2] == -.infinity)
    #expect((Tensor([.infinity]) - .infinity).scalars[0].isNaN)
    #expect((-Tensor([0])).scalars[0].sign == .minus)
    #expect((Tensor(zeros: [0]) + 1).shape == [0])
  }

  @Test func compoundAssignmentUpdatesInPlace() {
    var x = a
    x += Tensor([1, 1])
    #expect(x == Tensor([[2, 3], [4, 5]]))
    x -= 1
    x *= Tensor([[2], [3]])
    #expect(x == Tensor([[2, 4], [9, 12]]))
    x /= 2
    #expect(x == Tensor([[1, 2], [4.5, 6]]))
    x += x
    #expect(x == Tensor([[2, 4], [9, 12]]))
  }

  @Test func compoundAssignmentKeepsCopiesIndependent() {
    var x = a
    let y = x
    x *= 10
    #expect(y == a)
    #expect(x == a * 10)
  }

  @Test func mapAndZipWith() {
    #expect(a.map { $0 * $0 } == Tensor([[1, 4], [9, 16]]))
    #expect(a.zipWith(Tensor([1, 0])) { Swift.max($0, $1) } == Tensor([[1, 2], [3, 4]]))
    #expect(a.zipWith(Tensor([[5], [0]])) { Swift.min($0, $1) } == Tensor([[1, 2], [0, 0]]))
  }
}
