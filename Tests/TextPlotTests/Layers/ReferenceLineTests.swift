import Testing

@testable import TextPlot

@Suite struct ReferenceLineTests {
  @Test func aHorizontalLineSpansTheXRangeItIsGiven() {
    let line = ReferenceLine(.horizontal, at: 0.5, from: 0.25, to: 1, name: "target")
    let series = line.series(x: 0...4, y: -1...1, xScale: .linear, yScale: .linear)
    #expect(series.x == [1, 4] && series.y == [0.5, 0.5])
    #expect(line.summary == "target: horizontal line at y = 0.5")
  }

  @Test func aVerticalLineOnALogAxisEndsAtDataValues() {
    let line = ReferenceLine(.vertical, at: 3)
    let series = line.series(x: 0...5, y: 0...2, xScale: .linear, yScale: .log10)
    #expect(series.x == [3, 3] && series.y == [1, 100])
    #expect(line.summary == "vertical line at x = 3")
  }

  @Test func onlyItsOwnAxisMakesRoomForIt() {
    var axes = Axes()
    axes.plot(y: [1, 2])
    axes.referenceLine(.horizontal, at: 5)
    let lines = axes.render(width: 20, height: 6, mode: .monochrome).lines
    // The y range reaches up to the line at 5; the x range stays the data's, 0 to 1.
    #expect(lines[0] == " │⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉")
    #expect(lines.last == " 0.0      0.5    1.0")
  }
}
