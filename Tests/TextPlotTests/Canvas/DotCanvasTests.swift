import Testing

@testable import TextPlot

@Suite struct DotCanvasTests {
  @Test func brailleDotsSetTheirBits() {
    var canvas = DotCanvas(columns: 1, rows: 1, isBraille: true)
    canvas.set(x: 0, y: 0, series: 0)
    canvas.set(x: 1, y: 3, series: 1)
    #expect(canvas.masks == [0x81])
    #expect(canvas.owners == [1])
    #expect(Symbols.braille[0x81] == "⢁")
  }

  @Test func dotsOutsideAreIgnored() {
    var canvas = DotCanvas(columns: 2, rows: 1, isBraille: true)
    canvas.set(x: -1, y: 0, series: 0)
    canvas.set(x: 4, y: 0, series: 0)
    canvas.set(x: 0, y: 4, series: 0)
    #expect(canvas.masks == [0, 0])
  }

  @Test func lineIsClippedToTheCanvas() {
    var canvas = DotCanvas(columns: 2, rows: 1, isBraille: true)
    canvas.line(from: (-10, 0), to: (13, 3), series: 0)
    #expect(canvas.masks.map { Symbols.braille[Int($0)] } == ["⠒", "⠤"])
    canvas = DotCanvas(columns: 2, rows: 1, isBraille: true)
    canvas.line(from: (-10, -10), to: (-5, -2), series: 0)
    #expect(canvas.masks == [0, 0])
  }

  @Test func asciiCanvasHasOneDotACell() {
    var canvas = DotCanvas(columns: 3, rows: 2, isBraille: false)
    canvas.line(from: (0, 0), to: (2, 1), series: 2)
    #expect(canvas.masks == [1, 1, 0, 0, 0, 1] || canvas.masks == [1, 0, 0, 0, 1, 1])
    #expect(canvas.dotColumns == 3 && canvas.dotRows == 2)
  }
}
