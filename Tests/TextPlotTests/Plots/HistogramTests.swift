import Testing

@testable import TextPlot

@Suite struct HistogramTests {
  private let histogram = Histogram(values: [1, 2, 2, 3, 3, 3, 4, 4, 5, .nan], binCount: 5)

  // numpy.histogram([1, 2, 2, 3, 3, 3, 4, 4, 5], bins=5) -> ([1, 2, 3, 2, 1], [1, 1.8, 2.6, 3.4, 4.2, 5])
  @Test func binsMatchNumpy() {
    let (edges, counts) = histogram.bins
    #expect(counts == [1, 2, 3, 2, 1])
    #expect(edges.count == 6)
    #expect(abs(edges[1] - 1.8) < 1e-12 && edges[5] == 5)
  }

  @Test func barsHaveEighthBlockTops() {
    #expect(
      histogram.lines(width: 24, height: 8) == [
        " │         ▆▆▆▆         ",
        " │         ████         ",
        "2┤    ▆▆▆▆▆████▆▆▆▆▆    ",
        " │    ██████████████    ",
        " │▇▇▇▇██████████████▇▇▇▇",
        "0┤██████████████████████",
        " └─────┬──────────┬─────",
        "       2          4     ",
      ])
    #expect(histogram.summary == "9 values from 1 to 5, mean 3, std 1.15, 1 NaN/inf skipped")
  }

  @Test func specialValues() {
    #expect(Histogram(values: []).summary == "histogram: no data")
    #expect(Histogram(values: [.nan]).summary == "histogram: no data, 1 NaN/inf skipped")
    #expect(Histogram(values: [2, 2, 2], binCount: 2).bins.counts == [0, 3])
    #expect(Histogram(values: [2, 2, 2]).lines(width: 20, height: 6).count == 6)
  }
}
