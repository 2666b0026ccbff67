import Testing

@testable import MiniPython

@Suite struct NDArrayQuantilesTests {
  @Test func percentilesInterpolateAsNumpysLerp() throws {
    // python3: np.percentile(np.arange(1, 11), [0, 10, 33, 66.6, 99, 100]) / 100 as quantiles
    let a = NDArray(shape: [10], scalars: (1...10).map(Double.init), dtype: .int64)
    let q = NDArray(shape: [6], scalars: [0, 10, 33, 66.6, 99, 100].map { $0 / 100 })
    #expect(try a.quantiles(q, axis: nil).scalars == [1, 1.9, 3.97, 6.994, 9.91, 10])
    #expect(try a.median(axis: nil).scalars == [5.5])
  }

  @Test func otherInterpolationMethodsAreRefusedByName() {
    let result = Session().run(source: "import numpy as np\nnp.percentile([1, 2], 50, method='nearest')\n", fileName: "q.py")
    #expect(
      result.error?.lastLine
        == "ValueError: method='nearest' is not supported here: Backprop interpolates with numpy's default, 'linear'")
  }
}
