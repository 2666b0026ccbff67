import Testing

@testable import TextPlot

@Suite struct BandTexturesTests {
  /// Two classes left and right of x = 2, with a point of each class on the other's side.
  static func boundary() -> Axes {
    var axes = Axes(showsLegend: false, showsAxis: false)
    axes.contourf(
      values: [0, 0, 1, 1, 0, 0, 1, 1], rows: 2, columns: 4, xRange: 0...4, yRange: 0...2,
      levels: 8, colormap: .spectral)
    axes.scatter(x: [3.1, 0.9], y: [1, 1], classes: [0, 1], colormap: .spectral)
    return axes
  }

  @Test func regionsDifferInTextureAsWellAsColour() {
    let grid = Self.boundary().render(width: 16, height: 4, mode: .truecolor)
    // Without the colours, the two regions still read apart: plain and light shade, and the
    // scatter glyphs stand on top of them.
    #expect(
      grid.lines == [
        "        ░░░░░░░░",
        "        ░░░░░░░░",
        "   ×    ░░░░●░░░",
        "        ░░░░░░░░",
      ])
    let low = grid[0, 0].style.background
    let high = grid[8, 0].style.background
    #expect(low != high && low != .default && high != .default)
    #expect(grid[0, 0].style.foreground == BandTextures.tone(of: low, depth: .truecolor))
    #expect(grid[8, 0].style.foreground == BandTextures.tone(of: high, depth: .truecolor))
    // The glyphs keep their band's colour behind them.
    #expect(grid[3, 2].style.background == low)
    #expect(grid[12, 2].style.background == high)
  }

  @Test func textureToneAndBackgroundComeFromTheBandColour() {
    let light = TextColor.rgb(250, 250, 200)
    #expect(BandTextures.tone(of: light, depth: .truecolor) == .rgb(150, 150, 120))
    let dark = TextColor.rgb(50, 0, 100)
    #expect(BandTextures.tone(of: dark, depth: .truecolor) == .rgb(132, 102, 162))
    #expect(BandTextures.tone(of: light, depth: .palette16) == .ansi(0))
    #expect(BandTextures.tone(of: dark, depth: .palette16) == .ansi(15))
  }

  @Test func monochromeKeepsTheShadeRamp() {
    #expect(
      Self.boundary().lines(width: 16, height: 4, mode: .monochrome) == [
        "        ████████",
        "        ████████",
        "   ×    ████●███",
        "        ████████",
      ])
  }
}
