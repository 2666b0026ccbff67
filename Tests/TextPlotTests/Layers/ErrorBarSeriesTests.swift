import Testing

@testable import TextPlot

@Suite struct ErrorBarSeriesTests {
  @Test func segmentsRunFromBelowToAboveEachPoint() {
    let bars = ErrorBarSeries(x: [1, 2], y: [5, 7], yBelow: [1, 0.5], yAbove: [2, 0.5], xBelow: [0.25, 0.25], xAbove: [0.25, 0.25])
    let ends = bars.segments.map { [$0.from.x, $0.from.y, $0.to.x, $0.to.y] }
    #expect(ends == [[1, 4, 1, 7], [0.75, 5, 1.25, 5], [2, 6.5, 2, 7.5], [1.75, 7, 2.25, 7]])
    let line = bars.line
    #expect(line.x?.count == 12 && line.y.count == 12 && line.y[2].isNaN)
  }

  @Test func summaryGivesTheBarLengthsAndSkippedPoints() {
    let bars = ErrorBarSeries("runs", x: [0, 1, 2, .nan], y: [1, 2, 3, 4], yBelow: [0.1, 0.2, 0.3, 1], yAbove: [0.1, 0.2, 0.3, 1])
    #expect(bars.summary == "runs: 3 error bars: y length 0.2 to 0.6, 1 NaN/inf skipped")
    let horizontal = ErrorBarSeries(x: [0, 1], y: [1, 1], xBelow: [0.5, 0.5], xAbove: [0.5, 0.5])
    #expect(horizontal.summary == "2 error bars: x length 1")
  }

  @Test func theAxesMakeRoomForTheBarsAndDrawThemInBraille() {
    var axes = Axes()
    axes.errorbar(x: [0, 1], y: [0, 0], yBelow: [1, 1], yAbove: [3, 3])
    let lines = axes.render(width: 24, height: 8, mode: .monochrome).lines
    // From y = -1 to 3: each bar is a column of braille dots from the bottom row to the top.
    #expect(
      lines == [
        " │⡇                    ⢸",
        "2┤⡇                    ⢸",
        " │⡇                    ⢸",
        " │⡇                    ⢸",
        "0┤⡇                    ⢸",
        " │⡇                    ⢸",
        " └┬──────────┬─────────┬",
        " 0.0        0.5      1.0",
      ])
    #expect(axes.summary == "2 error bars: y length 4")
  }
}
