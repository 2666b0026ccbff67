import Testing

@testable import TextPlot

@Suite struct CellGridANSITests {
  private func sample() -> CellGrid {
    var grid = CellGrid(width: 4, height: 1)
    grid.put("ab", at: .origin, style: TextStyle(foreground: .rgb(255, 128, 0), isBold: true))
    grid.put("c", at: GridPoint(column: 2, row: 0), style: TextStyle(background: .ansi(12)))
    return grid
  }

  @Test func truecolorWritesRGB() {
    #expect(
      sample().ansiLines(mode: .truecolor) == [
        "\u{1B}[0;1;38;2;255;128;0mab\u{1B}[0;104mc\u{1B}[0m "
      ])
  }

  @Test func palette256WritesTheNearestIndex() {
    #expect(
      sample().ansiLines(mode: .palette256) == [
        "\u{1B}[0;1;38;5;208mab\u{1B}[0;104mc\u{1B}[0m "
      ])
  }

  // Orange (255, 128, 0) is nearest to xterm's yellow (205, 205, 0).
  @Test func palette16WritesTheNearestANSIColour() {
    #expect(
      sample().ansiLines(mode: .palette16) == [
        "\u{1B}[0;1;33mab\u{1B}[0;104mc\u{1B}[0m "
      ])
  }

  @Test func monochromeKeepsAttributesOnly() {
    #expect(sample().ansiLines(mode: .monochrome) == ["\u{1B}[0;1mab\u{1B}[0mc "])
  }

  @Test func plainGridHasNoEscapes() {
    var grid = CellGrid(width: 3, height: 1)
    grid.put("損", at: .origin)
    #expect(grid.ansiLines(mode: .truecolor) == ["損 "])
  }

  @Test func styledRowEndsWithAReset() {
    let grid = CellGrid(width: 2, height: 1, style: TextStyle(isReversed: true))
    #expect(grid.ansiLines(mode: .monochrome) == ["\u{1B}[0;7m  \u{1B}[0m"])
  }
}
