import NeuralCore
import TestSupport
import Testing

// Expected values from numpy 2.4, with x = np.arange(24.).reshape(2, 3, 4):
//   x.sum(axis=1); x.max(axis=-1, keepdims=True); x.prod(axis=0)[0]; x.var(axis=2); x.mean(axis=0)
//   y = np.array([[3., 1, 3], [np.nan, 2, 5]]); y.argmax(axis=1); y.argmax(axis=0); np.argmax(y)
@Suite struct TensorReductionsTests {
  let x = Tensor(shape: [2, 3, 4], scalars: (0..<24).map(Double.init))

  @Test func wholeTensorReductions() {
    #expect(x.sum() == 276)
    #expect(x.mean() == 11.5)
    #expect(x.max() == 23)
    #expect(x.min() == 0)
    #expect(x.argmax() == 23)
    #expect(Tensor([2, -1, 7, 7]).argmax() == 2)
    #expect(Tensor([2, -1, 7, -1]).argmin() == 1)
  }

  @Test func sumAlongAxis() {
    #expect(x.sum(alongAxis: 1) == Tensor([[12, 15, 18, 21], [48, 51, 54, 57]]))
    #expect(x.sum(alongAxis: 1, keepingDimensions: true).shape == [2, 1, 4])
    #expect(x.sum(alongAxis: -3).shape == [3, 4])
  }

  @Test func maxMinProdAlongAxis() {
    let m = x.max(alongAxis: -1, keepingDimensions: true)
    #expect(m.shape == [2, 3, 1])
    #expect(m.scalars == [3, 7, 11, 15, 19, 23])
    #expect(x.min(alongAxis: 0).scalars == (0..<12).map(Double.init))
    #expect(x.prod(alongAxis: 0)[0, 0] == 0)
    #expect(x.prod(alongAxis: 0)[0, 1 ..< 4].scalars == [13, 28, 45])
  }

  @Test func meanAndVarianceAlongAxis() {
    #expect(x.mean(alongAxis: 0) == Tensor([[6, 7, 8, 9], [10, 11, 12, 13], [14, 15, 16, 17]]))
    #expect(x.variance(alongAxis: 2) == Tensor(shape: [2, 3], repeating: 1.25))
    #expect(x.variance(alongAxis: 2, keepingDimensions: true).shape == [2, 3, 1])
  }

  @Test func argmaxAlongAxisTakesFirstNaN() {
    let y = Tensor([[3, 1, 3], [.nan, 2, 5]])
    #expect(y.argmax(alongAxis: 1) == Tensor([0, 0]))
    #expect(y.argmax(alongAxis: 0) == Tensor([1, 1, 1]))
    #expect(y.argmax() == 3)
    #expect(Tensor([[3, 1, 3], [4, 2, 0]]).argmin(alongAxis: -1) == Tensor([1, 2]))
  }

  @Test func nanPropagatesThroughMaxAndMin() {
    let y = Tensor([1, .nan, 3])
    #expect(y.max().isNaN)
    #expect(y.min().isNaN)
    #expect(y.sum().isNaN)
    #expect(Tensor([[1, .nan]]).max(alongAxis: 1).scalars[0].isNaN)
    #expect(Tensor([.infinity, -.infinity]).max() == .infinity)
  }

  @Test func emptyReductions() {
    #expect(Tensor(zeros: [0]).sum() == 0)
    #expect(Tensor(zeros: [0]).mean().isNaN)
    #expect(Tensor(zeros: [2, 0]).sum(alongAxis: 1) == Tensor([0, 0]))
    #expect(Tensor(zeros: [0, 3]).sum(alongAxis: 0) == Tensor([0, 0, 0]))
  }

  @Test func normalizedAxisCountsFromTheEnd() {
    #expect(x.normalizedAxis(-1) == 2)
    #expect(x.normalizedAxis(1) == 1)
  }
}

extension Tensor {
  /// Row `i`, columns `range`, of a matrix (test helper).
  fileprivate subscript(i: Int, range: Range<Int>) -> Tensor {
    self[row: i].sliced(alongAxis: 0, range: range)
  }
}
