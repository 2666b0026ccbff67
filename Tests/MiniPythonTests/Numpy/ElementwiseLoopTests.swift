import Testing

@testable import MiniPython

@Suite struct ElementwiseLoopTests {
  /// The kernel calls (count and steps) the loop makes for a layout, and the sums it writes.
  func calls(
    shape: [Int], xStrides: [Int], yStrides: [Int], outStrides: [Int], x: [Double], y: [Double], outCount: Int
  ) -> (calls: [[Int]], out: [Double]) {
    var seen: [[Int]] = []
    var out = [Double](repeating: 0, count: outCount)
    x.withUnsafeBufferPointer { xs in
      y.withUnsafeBufferPointer { ys in
        out.withUnsafeMutableBufferPointer { os in
          ElementwiseLoop.run(
            shape: shape, x: xs.baseAddress!, xStrides: xStrides, y: ys.baseAddress!, yStrides: yStrides,
            out: os.baseAddress!, outStrides: outStrides
          ) { x, xStep, y, yStep, o, oStep, n in
            seen.append([n, xStep, yStep, oStep])
            for i in 0..<n { o[i * oStep] = x[i * xStep] + y[i * yStep] }
          }
        }
      }
    }
    return (seen, out)
  }

  @Test func contiguousOperandsRunAsOneRow() {
    let result = calls(
      shape: [2, 3], xStrides: [3, 1], yStrides: [3, 1], outStrides: [3, 1], x: [1, 2, 3, 4, 5, 6],
      y: [10, 20, 30, 40, 50, 60], outCount: 6)
    #expect(result.calls == [[6, 1, 1, 1]])
    #expect(result.out == [11, 22, 33, 44, 55, 66])
  }

  @Test func aBroadcastColumnRunsRowByRowWithStepZero() {
    // (2, 3) + (2, 1): y's last axis is stretched.
    let result = calls(
      shape: [2, 3], xStrides: [3, 1], yStrides: [1, 0], outStrides: [3, 1], x: [1, 2, 3, 4, 5, 6],
      y: [100, 200], outCount: 6)
    #expect(result.calls == [[3, 1, 0, 1], [3, 1, 0, 1]])
    #expect(result.out == [101, 102, 103, 204, 205, 206])
  }

  @Test func axesOfExtentOneAreDroppedAndATransposeKeepsItsSteps() {
    // x is a (3, 1, 2) view of a 2x3 matrix's transpose; the output is contiguous.
    let result = calls(
      shape: [3, 1, 2], xStrides: [1, 7, 3], yStrides: [0, 0, 0], outStrides: [2, 2, 1], x: [1, 2, 3, 4, 5, 6],
      y: [0], outCount: 6)
    #expect(result.calls == [[2, 3, 0, 1], [2, 3, 0, 1], [2, 3, 0, 1]])
    #expect(result.out == [1, 4, 2, 5, 3, 6])
  }

  @Test func threeAxesWalkLikeAnOdometer() {
    // (2, 2, 2) with x's last two axes swapped: they cannot merge, so four rows of two.
    let result = calls(
      shape: [2, 2, 2], xStrides: [4, 1, 2], yStrides: [0, 0, 0], outStrides: [4, 2, 1],
      x: [0, 1, 2, 3, 4, 5, 6, 7], y: [0], outCount: 8)
    #expect(result.calls == Array(repeating: [2, 2, 0, 1], count: 4))
    #expect(result.out == [0, 2, 1, 3, 4, 6, 5, 7])
  }

  @Test func anEmptyShapeCallsNothingAndAScalarShapeCallsOnce() {
    #expect(calls(shape: [0, 3], xStrides: [3, 1], yStrides: [3, 1], outStrides: [3, 1], x: [0], y: [0], outCount: 1).calls.isEmpty)
    #expect(calls(shape: [], xStrides: [], yStrides: [], outStrides: [], x: [2], y: [3], outCount: 1).out == [5])
  }
}
