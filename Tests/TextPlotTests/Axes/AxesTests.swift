import TestSupport
import Testing

@testable import TextPlot

@Suite struct AxesTests {
  @Test func layersComposeOnOneAxes() {
    var axes = Axes(title: "mix")
    axes.contourf(
      values: [0, 1, 0, 1], rows: 2, columns: 2, xRange: 0...4, yRange: 0...4, levels: 2,
      colormap: .gray)
    axes.plot(x: [0, 4], y: [0, 4], label: "fit")
    axes.scatter(x: [1, 3], y: [3, 1], classes: [0, 1])
    let grid = axes.render(width: 24, height: 8, mode: .monochrome)
    #expect(
      grid.lines == [
        "            mix         ",
        "4┤           ███████⣀⠤⠒⠉",
        " │     ●     ██⢀⡠⠔⠊⠉████",
        "2┤── fit     ⠒⠉⠁████████",
        " │●  class 0 █████×█████",
        "0┤×  class 1 ███████████",
        " └┬──────────┬─────────┬",
        "  0          2         4",
      ])
    #expect(
      axes.summary
        == "mix: 2x2 field from 0 to 1; fit 0 -> 4 over 2 steps, still rising; boundary: 0 of 2 training points misclassified"
    )
  }

  @Test func axisOffDrawsOnlyThePlotArea() {
    var axes = Axes(showsAxis: false)
    axes.plot(y: [0, 1])
    #expect(
      axes.lines(width: 20, height: 6) == [
        "                 ⡠⠔⠊",
        "             ⢀⠤⠒⠉   ",
        "          ⣀⠔⠊⠁      ",
        "      ⢀⡠⠔⠉          ",
        "   ⣀⠤⠒⠁             ",
        "⡠⠔⠊                 ",
      ])
  }

  @Test func axisOffImagesFitSubplotTiles() {
    var axes = Axes(title: "7", showsAxis: false)
    axes.imshow(values: [0, 1, 2, 3], rows: 2, columns: 2)
    #expect(axes.minimumSize == (4, 3))
    #expect(
      axes.lines(width: 8, height: 3, mode: .monochrome) == [
        "  7     ",
        "  ░░    ",
        "▓▓██    ",
      ])
    #expect(axes.lines(width: 3, height: 3)[0] == "ne.")
  }

  @Test func imshowInvertsTheYAxisAndKeepsTheAspect() {
    var axes = Axes()
    axes.imshow(values: [0, 1, 2, 3, 4, 5], rows: 2, columns: 3)
    #expect(axes.yInverted && axes.aspect == .equal)
    // At most 4 columns and 2 rows a pixel: 12x4 cells, and the rows under it are left empty.
    #expect(
      axes.lines(width: 24, height: 8, mode: .monochrome) == [
        " │    ░░░░▒▒▒▒          ",
        "0┤    ░░░░▒▒▒▒          ",
        "1┤▒▒▒▒▓▓▓▓████          ",
        " │▒▒▒▒▓▓▓▓████          ",
        " └──┬──────┬──          ",
        "    0      2            ",
        "                        ",
        "                        ",
      ])
    #expect(axes.usedHeight(width: 24, height: 8) == 6)
    // A narrow grid still shrinks the image to fit.
    #expect(axes.lines(width: 9, height: 8, mode: .monochrome).count == 8)
  }

  @Test func aFourByFourImageIsSixteenByEightCellsInAnyLargerGrid() {
    var axes = Axes()
    axes.imshow(values: (0..<16).map(Double.init), rows: 4, columns: 4)
    // Pixel columns 0 to 3 left to right, rows 0 to 3 top down, each 4x2 cells.
    let expected: [String] = [
      " │        ░░░░░░░░  ",
      "0┤        ░░░░░░░░  ",
      " │░░░░░░░░▒▒▒▒▒▒▒▒  ",
      " │░░░░░░░░▒▒▒▒▒▒▒▒  ",
      "2┤▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓  ",
      " │▒▒▒▒▒▒▒▒▓▓▓▓▓▓▓▓  ",
      " │▓▓▓▓▓▓▓▓████████  ",
      " │▓▓▓▓▓▓▓▓████████  ",
      " └──┬──────┬──────  ",
      "    0      2        ",
    ]
    for (width, height) in [(60, 16), (120, 22), (200, 40)] {
      let lines = axes.lines(width: width, height: height, mode: .monochrome)
      #expect(lines.prefix(10).map { String($0.prefix(20)) } == expected)
      #expect(axes.usedHeight(width: width, height: height) == 10)
    }
  }

  @Test func equalAspectDrawsACircleAsWideAsItIsTall() {
    // x and y both span 4 units: 16 rows are 32 square pixels, so 32 columns.
    var axes = Axes(aspect: .equal)
    axes.scatter(x: [-2, 2, 0, 0], y: [0, 0, -2, 2])
    axes.xLimits = -2...2
    axes.yLimits = -2...2
    let lines = axes.lines(width: 80, height: 18, mode: .monochrome)
    #expect(lines[16].hasPrefix("  └"))
    #expect(String(lines[16].reversed().drop { $0 == " " }.reversed()).count == 3 + 32)
    #expect(axes.usedHeight(width: 80, height: 18) == 18)
  }

  @Test func legendGoesToTheEmptiestCorner() {
    var axes = Axes()
    axes.plot(y: [0, 1, 2, 3], label: "up")
    // The line rises to the top right, so the top left is emptiest.
    #expect(axes.lines(width: 24, height: 8)[0] == " │── up             ⢀⡠⠔⠊")
  }

  @Test func customTicksLabelCategories() {
    var axes = Axes(xTicks: [AxisTick(0, "cat"), AxisTick(1, "dog")])
    axes.bar(x: [0, 1], heights: [1, 2])
    #expect(axes.lines(width: 20, height: 6).last == "     cat      dog   ")
  }

  @Test func colorbarShowsTheBandsOfAContourf() {
    var axes = Axes(showsColorbar: true)
    axes.contourf(
      values: [0, 1, 2, 3], rows: 2, columns: 2, xRange: 0...1, yRange: 0...1, levels: 2,
      colormap: .gray)
    // Two levels: 0 and 1 fall in the dark band (blank in monochrome), 2 and 3 in the light one.
    #expect(
      axes.lines(width: 30, height: 8, mode: .monochrome) == [
        "1.0┤███████████████████ ██ 3  ",
        "   │███████████████████ ██    ",
        "   │███████████████████ ██    ",
        "0.5┤                       1.5",
        "   │                          ",
        "0.0┤                       0  ",
        "   └┬────────┬────────┬       ",
        "   0.0      0.5     1.0       ",
      ])
    let grid = axes.render(width: 30, height: 8, mode: .truecolor)
    #expect(
      grid[24, 0].style
        == TextStyle(foreground: .rgb(255, 255, 255), background: .rgb(255, 255, 255)))
    #expect(grid[24, 5].style == TextStyle(foreground: .rgb(0, 0, 0), background: .rgb(0, 0, 0)))
    // Too narrow for the bar: the plot keeps the width.
    #expect(axes.lines(width: 22, height: 8, mode: .monochrome).first == "1.0┤██████████████████")
  }

  @Test func histCountsLikeNumpy() {
    var axes = Axes()
    axes.hist(values: [1, 2, 2, 3, 3, 3, 4, 4, 5, .nan], bins: 5)
    guard case .bars(let bars) = axes.layers.first else {
      Issue.record("hist should add bars")
      return
    }
    #expect(bars.heights == [1, 2, 3, 2, 1])
    #expect(abs(bars.width - 0.8) < 1e-12)
    #expect(abs(bars.x[0] - 1.4) < 1e-12)
  }

  @Test func descriptionNamesTheLayers() {
    var axes = Axes(title: "t")
    #expect(axes.description == "Axes \"t\" with 0 layers")
    axes.plot(y: [1])
    #expect(axes.description == "Axes \"t\" with 1 layer")
    #expect(Axes().summary == "empty plot")
  }

  @Test func boundaryPictureSnapshot() {
    var axes = Axes(title: "Decision boundary", xLabel: "x1", yLabel: "x2")
    let size = 40
    let values = (0..<(size * size)).map { i -> Double in
      let x = -1.5 + 3 * (Double(i % size) + 0.5) / Double(size)
      let y = -1.5 + 3 * (Double(i / size) + 0.5) / Double(size)
      return x * x + y * y < 1 ? 0.9 : 0.1
    }
    axes.contourf(
      values: values, rows: size, columns: size, xRange: -1.5...1.5, yRange: -1.5...1.5, levels: 5,
      colormap: .spectral)
    axes.scatter(
      x: [0, 0.2, 1.2, -1.3, 0.9], y: [0, -0.3, 1.2, 0.1, 0.1], classes: [1, 1, 0, 0, 0],
      colormap: .spectral)
    assertSnapshot(
      axes.lines(width: 60, height: 18, mode: .monochrome), named: "boundary-60x18-monochrome")
    assertSnapshot(
      axes.render(width: 40, height: 10, mode: .palette256).ansiLines(mode: .palette256),
      named: "boundary-40x10-256")
    #expect(
      axes.summary
        == "Decision boundary: 40x40 field from 0.1 to 0.9; boundary: 1 of 5 training points misclassified"
    )
  }
}
