import Testing

@testable import MiniPython

/// Set operations beyond what the script corpus can check against numpy 2.4: `np.in1d`, which
/// numpy 2.4 removed but older course code still calls, and the `NDArray` API itself.
@Suite struct NDArraySetOpsTests {
  func run(_ source: String) -> String {
    let result = Session().run(source: source, fileName: "sets.py")
    return result.error.map { $0.lastLine } ?? result.text
  }

  @Test func in1dFlattensLikeNumpyOneDotX() {
    // numpy 1.26: np.in1d(np.array([[0, 2], [4, 6]]), [2, 4]) and with invert=True
    #expect(
      run("import numpy as np\nprint(np.in1d(np.array([[0, 2], [4, 6]]), [2, 4]), np.in1d([1, 5], [5], invert=True))\n")
        == "[False  True  True False] [ True False]\n")
  }

  @Test func intersectionGivesFirstIndicesInBothArrays() {
    // python3: np.intersect1d([4, 1, 4, 9], [9, 4, 0], return_indices=True)
    let a = NDArray(shape: [4], scalars: [4, 1, 4, 9], dtype: .int64)
    let b = NDArray(shape: [3], scalars: [9, 4, 0], dtype: .int64)
    let result = NDArray.intersect1d(a, b)
    #expect(result.values.scalars == [4, 9])
    #expect(result.values.dtype == .int64)
    #expect(result.indicesInA.scalars == [0, 3])
    #expect(result.indicesInB.scalars == [1, 0])
  }

  @Test func unionPromotesAndDifferenceKeepsTheFirstDtype() {
    let ints = NDArray(shape: [3], scalars: [3, 1, 3], dtype: .int64)
    let floats = NDArray(shape: [2], scalars: [2.5, 1], dtype: .float64)
    let union = NDArray.union1d(ints, floats)
    #expect(union.scalars == [1, 2.5, 3] && union.dtype == .float64)
    let difference = NDArray.setdiff1d(ints, floats)
    #expect(difference.scalars == [3] && difference.dtype == .int64)
    #expect(ints.isIn(floats).scalars == [0, 1, 0])
    #expect(ints.isIn(floats, invert: true).dtype == .bool)
  }
}
