import Testing

@testable import TextPlot

@Suite struct ScatterPlotTests {
  private let plot = ScatterPlot(
    x: [0, 1, 2, 3], y: [0, 1, 0, 1], classes: [0, 1, 0, 2], classNames: ["a", "b", "c"])

  @Test func eachClassHasItsGlyphAndALegendEntry() {
    #expect(
      plot.lines(width: 24, height: 8) == [
        "1.0┤● a    ×          ▲ ",
        "   │× b                 ",
        "   │▲ c                 ",
        "0.5┤                    ",
        "   │                    ",
        "0.0┤ ●          ●       ",
        "   └─┬──────────┬───────",
        "     0          2       ",
      ])
    #expect(plot.summary == "4 points in 3 classes")
  }

  @Test func asciiGlyphsStillTellClassesApart() {
    var unnamed = plot
    unnamed.classNames = []
    #expect(
      unnamed.lines(width: 24, height: 8, mode: .ascii) == [
        "1.0|       x   o class 0",
        "   |           x class 1",
        "   |           ^ class 2",
        "0.5|                    ",
        "   |                    ",
        "0.0| o          o       ",
        "   +-+----------+-------",
        "     0          2       ",
      ])
  }

  @Test func classesGetPaletteColoursAndBold() {
    let grid = plot.render(width: 24, height: 8, mode: .palette16)
    #expect(grid[5, 5].character == "●")
    #expect(grid[5, 5].style == TextStyle(foreground: .ansi(12), isBold: true))
    #expect(grid[11, 0].style.foreground == .ansi(3))
    #expect(
      plot.render(width: 24, height: 8, mode: .monochrome)[5, 5].style == TextStyle(isBold: true))
  }

  @Test func nanPointsAreSkippedAndCounted() {
    let withNaN = ScatterPlot(x: [0, .nan, 1], y: [0, 1, .infinity])
    #expect(withNaN.summary == "1 point, 2 NaN/inf skipped")
    #expect(ScatterPlot(x: [], y: []).summary == "0 points")
    #expect(ScatterPlot(x: [], y: []).lines(width: 20, height: 6).count == 6)
  }
}
