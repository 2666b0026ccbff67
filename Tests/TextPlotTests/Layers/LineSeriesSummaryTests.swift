import Testing

@testable import TextPlot

@Suite struct LineSeriesSummaryTests {
  /// A parabola from 0.693 down to its minimum 0.121 at the last step: still falling.
  private let parabola: [Double] = (0..<300).map { (i: Int) -> Double in
    let remaining: Double = 1 - Double(i) / 299
    return 0.121 + 0.572 * remaining * remaining
  }
  /// `0.121 + 0.572 * 0.9^i`: on its floor long before the end.
  private let decayed: [Double] = (0..<300).map { (i: Int) -> Double in
    var factor = 1.0
    for _ in 0..<i { factor *= 0.9 }
    return 0.121 + 0.572 * factor
  }

  @Test func lossCurveSummary() {
    #expect(
      LineSeries("loss", y: parabola).summary()
        == "loss 0.693 -> 0.121 over 300 steps, still falling")
    #expect(
      LineSeries("loss", y: decayed).summary()
        == "loss 0.693 -> 0.121 over 300 steps, flat at the end")
    let steady = (0..<300).map { 0.693 - 0.572 * Double($0) / 299 }
    #expect(
      LineSeries("loss", y: steady).summary() == "loss 0.693 -> 0.121 over 300 steps, still falling"
    )
  }

  @Test(
    arguments: [
      ([], "y: no data"),
      ([0.5], "y 0.5 (1 point)"),
      ([2, 2, 2], "y 2 -> 2 over 3 steps, flat"),
      ([1, 2, 3, 4, 5], "y 1 -> 5 over 5 steps, still rising"),
      ([5, 1, 2, 3, 4], "y 5 -> 4 over 5 steps, rising at the end"),
      ([1, 5, 4, 3, 2], "y 1 -> 2 over 5 steps, falling at the end"),
      ([1, .nan, 3, .infinity], "y 1 -> 3 over 2 steps, still rising, 2 NaN/inf skipped"),
      ([.nan, .nan], "y: no data, 2 NaN/inf skipped"),
    ] as [([Double], String)])
  func specialSeries(values: [Double], expected: String) {
    #expect(LineSeries(y: values).summary() == expected)
  }

  @Test func logAxisCountsNonPositiveValues() {
    let series = LineSeries(y: [1, 0.1, 0.01, 0.001, 0, -1])
    #expect(
      series.summary(scale: .log10)
        == "y 1 -> 0.001 over 4 steps, still falling, 2 <= 0 skipped (log axis)")
  }

  @Test func noiseAtTheEndReadsAsFlat() {
    var state: UInt64 = 1
    let noisy = (0..<200).map { i -> Double in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return (i < 100 ? 1 - Double(i) / 200 : 0.5) + 0.05
        * (Double(state >> 11) / Double(1 << 53) - 0.5)
    }
    #expect(LineSeries.tailTrend(noisy) == .flat)
    #expect(LineSeries.tailTrend(Array(noisy.prefix(100))) == .falling)
  }
}
