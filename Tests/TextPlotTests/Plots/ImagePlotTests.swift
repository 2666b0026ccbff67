import Testing

@testable import TextPlot

@Suite struct ImagePlotTests {
  @Test func pixelsAreScaledByAWholeFactor() {
    let image = ImagePlot(values: [0, 1, 1, 0], rows: 2, columns: 2, title: "x")
    #expect(
      image.lines(width: 8, height: 3, mode: .monochrome) == ["   x    ", "    ██  ", "  ██    "])
    let grid = image.render(width: 8, height: 3)
    #expect(grid[2, 1].character == "▀")
    #expect(grid[2, 1].style == TextStyle(foreground: .rgb(0, 0, 0), background: .rgb(0, 0, 0)))
    #expect(grid[4, 1].style.foreground == .rgb(255, 255, 255))
    #expect(image.summary == "x: 2x2 image from 0 to 1")
  }

  @Test func rgbImagesUseTheirOwnColours() {
    let image = ImagePlot(values: [255, 0, 0, 0, 0, 255], rows: 1, columns: 2, channels: 3)
    let grid = image.render(width: 2, height: 1)
    #expect(grid[0, 0].style.foreground == .rgb(255, 0, 0))
    #expect(grid[1, 0].style.foreground == .rgb(0, 0, 255))
    #expect(grid[1, 0].style.background == .default)
    #expect(image.summary == "1x2 RGB image from 0 to 255")
  }

  @Test func largeImagesShrinkKeepingTheirShape() {
    let image = ImagePlot(values: (0..<(28 * 28)).map { Double($0 % 28) }, rows: 28, columns: 28)
    let lines = image.lines(width: 10, height: 5, mode: .monochrome)
    #expect(lines.count == 5)
    #expect(lines.allSatisfy { displayWidth($0) == 10 })
    #expect(lines[0] == " ░░░▒▒▓▓▓█")
  }

  @Test func aSmallImageStopsAtFourColumnsAndTwoRowsAPixel() {
    // A 2x2 image in a 40x20 grid is drawn 8x4, not blown up to 20 rows.
    let image = ImagePlot(values: [0, 1, 1, 0], rows: 2, columns: 2)
    let lines = image.lines(width: 40, height: 20, mode: .monochrome)
    let pad = String(repeating: " ", count: 16)
    let top: String = pad + "    ████" + pad
    let bottom: String = pad + "████    " + pad
    let blank = String(repeating: " ", count: 40)
    let expected: [String] = [top, top, bottom, bottom, blank]
    #expect(Array(lines.prefix(5)) == expected)
    #expect(image.usedHeight(width: 40, height: 20) == 4)
    #expect(ImagePlot(values: [0, 1, 1, 0], rows: 2, columns: 2, title: "x").usedHeight(width: 40, height: 20) == 5)
  }
}
