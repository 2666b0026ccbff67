import Testing

@testable import MiniPython

/// The plan-free reductions and element-wise fast paths, against numpy's values and against the
/// general (plan and strided-loop) paths they stand in for, bit for bit.
///
/// ```python
/// import numpy as np
/// a = np.array([[1., 5., np.nan, 2.], [3., 5., 1., np.nan], [3., 9., np.nan, 7.]])
/// print(np.argmax(a, axis=0), np.argmin(a, axis=0), np.max(a, axis=0), np.min(a, axis=0), a.sum(axis=0))
/// # [1 2 0 1] [0 0 0 1] [ 3.  9. nan nan] [ 1.  5. nan nan] [ 7. 19. nan nan]
/// print(np.sqrt(np.array([-0.0, 4, -1, np.nan, np.inf, 2])).tolist())
/// # [-0.0, 2.0, nan, nan, inf, 1.4142135623730951]
/// ```
@Suite struct ReductionKernelsTests {
  static var withNaN: NDArray {
    let nan = Double.nan
    let values: [Double] = [1, 5, nan, 2, 3, 5, 1, nan, 3, 9, nan, 7]
    return NDArray(shape: [3, 4], scalars: values)
  }

  static func same(_ x: [Double], _ y: [Double]) -> Bool {
    x.count == y.count && zip(x, y).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
  }

  /// Values of every sign and size, in an order that puts the extremes in different lanes.
  static func values(_ count: Int) -> [Double] {
    (0..<count).map { i in
      let step = Double((i * 37) % 101 - 50)
      return step * 0.173 + 1 / Double(i + 3)
    }
  }

  @Test func wholeMaxAndMinMatchASequentialScanAtEveryLength() throws {
    for count in 1...40 {
      let x = Self.values(count)
      let array = NDArray(shape: [count], scalars: x)
      #expect(try array.reduced(.max).first == x.max()!, "max of \(count)")
      #expect(try array.reduced(.min).first == x.min()!, "min of \(count)")
    }
  }

  @Test func aNaNAnywhereMakesTheWholeMaxNaN() throws {
    for count in [3, 8, 17, 33] {
      for position in [0, count / 2, count - 1] {
        var x = Self.values(count)
        x[position] = .nan
        let array = NDArray(shape: [count], scalars: x)
        #expect(try array.reduced(.max).first.isNaN, "NaN at \(position) of \(count)")
        #expect(try array.reduced(.min).first.isNaN, "NaN at \(position) of \(count)")
      }
    }
  }

  @Test func columnReductionsAgreeWithNumpy() throws {
    let a = Self.withNaN
    #expect(Self.same(try a.reduced(.max, axes: [0]).scalars, [3, 9, .nan, .nan]))
    #expect(Self.same(try a.reduced(.min, axes: [-2]).scalars, [1, 5, .nan, .nan]))
    #expect(Self.same(try a.reduced(.sum, axes: [0]).scalars, [7, 19, .nan, .nan]))
    #expect(try a.reduced(.sum, axes: [0], keepdims: true).shape == [1, 4])
    #expect(try a.reduced(.countNonzero, axes: [0]).scalars == [3, 3, 3, 3])
  }

  /// The same sums as the plan's loops: a (rows, columns, 1) array reduces through the plan.
  @Test func columnSumsAreBitIdenticalToThePlan() throws {
    let (rows, columns) = (7, 45)
    let x = Self.values(rows * columns).map { $0 * 1.0e-3 + 0.1 }
    let fast = try NDArray(shape: [rows, columns], scalars: x).reduced(.sum, axes: [0]).scalars
    let plan = try NDArray(shape: [rows, columns, 1], scalars: x).reduced(.sum, axes: [0]).scalars
    #expect(fast.map(\.bitPattern) == plan.map(\.bitPattern))
    let product = try NDArray(shape: [rows, columns], scalars: x).reduced(.prod, axes: [0]).scalars
    #expect(product == (try NDArray(shape: [rows, columns, 1], scalars: x).reduced(.prod, axes: [0]).scalars))
  }

  @Test func argmaxAlongRowsTakesTheFirstExtremeAndTheFirstNaN() throws {
    let a = Self.withNaN
    #expect(try a.argExtreme(maximum: true, axis: 0).scalars == [1, 2, 0, 1])
    #expect(try a.argExtreme(maximum: false, axis: 0).scalars == [0, 0, 0, 1])
    let kept = try a.argExtreme(maximum: true, axis: 0, keepdims: true)
    #expect(kept.shape == [1, 4] && kept.dtype == .int64)
    // The same as the general path over a transposed copy.
    let x = NDArray(shape: [6, 9], scalars: Self.values(54))
    let transposed = x.transposed([1, 0]).copy()
    #expect(try x.argExtreme(maximum: true, axis: 0).scalars == (try transposed.argExtreme(maximum: true, axis: 1).scalars))
  }

  @Test func sqrtKeepsMinusZeroAndGivesNaNBelowZero() throws {
    let x = NDArray(shape: [6], scalars: [-0.0, 4, -1, .nan, .infinity, 2])
    let y = try x.apply(.sqrt).scalars
    #expect(Self.same(y, [-0.0, 2, .nan, .nan, .infinity, 1.4142135623730951]))
    #expect(y[0].sign == .minus)
    let power = try NDArray.binary(.power, x, scalar: 0.5, scalarType: .float64).scalars
    #expect(Self.same(power, y))
  }

  @Test func inPlaceUpdatesOfContiguousArraysMatchTheGeneralPath() throws {
    let y = NDArray(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
    try y.applyInPlace(.add, NDArray(shape: [2, 3], scalars: [10, 20, 30, 40, 50, 60]))
    #expect(y.scalars == [11, 22, 33, 44, 55, 66])
    try y.applyInPlace(.multiply, NDArray(scalar: 2))
    #expect(y.scalars == [22, 44, 66, 88, 110, 132])
    try y.applyInPlace(.subtract, y)
    #expect(y.scalars == [0, 0, 0, 0, 0, 0])
    // A row broadcast over the rows takes the general path still.
    try y.applyInPlace(.add, NDArray(shape: [3], scalars: [1, 2, 3]))
    #expect(y.scalars == [1, 2, 3, 1, 2, 3])
  }
}
