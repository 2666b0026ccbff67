import Testing

@testable import TextPlot

@Suite struct SparklineTests {
  @Test func oneColumnPerValue() {
    #expect(
      Sparkline(values: [1, 2, 3, 4, 5, 6, 7, 8, .nan, 4]).lines(width: 10) == ["▁▂▃▄▅▆▇█ ▄"])
    #expect(Sparkline(values: [1, 2, 3, 4]).lines(width: 4, height: 2) == ["  ▃█", "▁▆██"])
  }

  @Test func docExample() {
    #expect(Sparkline(values: [1, 2, 3, 4, 5, 6, 7, 8]).lines(width: 8) == ["▁▂▃▄▅▆▇█"])
  }

  @Test func moreValuesThanColumnsAreAveraged() {
    #expect(Sparkline(values: [1, 1, 5, 5, 9, 9]).lines(width: 3) == ["▁▅█"])
  }

  @Test func specialValues() {
    #expect(Sparkline(values: []).lines(width: 3) == ["   "])
    #expect(Sparkline(values: [3, 3]).lines(width: 3) == ["▅▅ "])
    #expect(Sparkline(values: [.nan]).summary == "sparkline: no data, 1 NaN/inf skipped")
    #expect(Sparkline(values: [1, 3, 2]).summary == "min 1, max 3, last 2 (3 values)")
    #expect(Sparkline(values: [1, 2, 3, 8]).lines(width: 4, mode: .ascii) == ["___#"])
  }
}
