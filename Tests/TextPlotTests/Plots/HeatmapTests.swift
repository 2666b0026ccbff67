import Testing

@testable import TextPlot

@Suite struct HeatmapTests {
  private let heatmap = Heatmap(
    values: [0, 0.25, 0.5, 0.75, 1, 0.5], rows: 2, columns: 3, title: "H")

  @Test func matrixRowZeroIsAtTheTopWithAColourBar() {
    #expect(
      heatmap.lines(width: 30, height: 8) == [
        "            H                 ",
        " │▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀ ▀▀ 1  ",
        "0┤▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀ ▀▀    ",
        " │▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀ ▀▀ 0.5",
        "1┤▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀ ▀▀    ",
        " │▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀ ▀▀ 0  ",
        " └───┬──────┬──────┬───       ",
        "     0      1      2          ",
      ])
    let grid = heatmap.render(width: 30, height: 8)
    // Top-left cell: both pixels are row 0, column 0 (value 0, viridis' first colour).
    #expect(
      grid[2, 1].style
        == TextStyle(foreground: TextColor(hex: 0x440154), background: TextColor(hex: 0x440154)))
    // Row 3 straddles the matrix rows: top pixel row 0, bottom pixel row 1.
    #expect(grid[2, 3].style.foreground == TextColor(hex: 0x440154))
    // Field colours come from a 256-step table: 0.75 is step 191.
    #expect(grid[2, 3].style.background == Colormap.viridis.color(at: 191.0 / 255))
    #expect(heatmap.summary == "2x3 heat map from 0 to 1, largest at row 1, column 1")
  }

  @Test func monochromeUsesTheShadeRamp() {
    #expect(
      heatmap.lines(width: 30, height: 8, mode: .monochrome) == [
        "            H                 ",
        " │       ░░░░░░░▒▒▒▒▒▒▒ ██ 1  ",
        "0┤       ░░░░░░░▒▒▒▒▒▒▒ ▓▓    ",
        " │▒▒▒▒▒▒▒▓▓▓▓▓▓▓▒▒▒▒▒▒▒ ▒▒ 0.5",
        "1┤▓▓▓▓▓▓▓███████▒▒▒▒▒▒▒ ░░    ",
        " │▓▓▓▓▓▓▓███████▒▒▒▒▒▒▒    0  ",
        " └───┬──────┬──────┬───       ",
        "     0      1      2          ",
      ])
  }

  @Test func asciiUsesCharactersForShades() {
    #expect(
      heatmap.lines(width: 30, height: 8, mode: .ascii) == [
        "            H                 ",
        " |       :::::::+++++++ %% 1  ",
        "0|       :::::::+++++++ **    ",
        " |-------*******+++++++ ++ 0.5",
        "1|#######@@@@@@@+++++++ --    ",
        " |#######@@@@@@@+++++++ .. 0  ",
        " +---+------+------+---       ",
        "     0      1      2          ",
      ])
  }

  @Test func matrixEntriesGetEqualPixels() {
    let matrix = Heatmap(
      values: (0..<12).map(Double.init), rows: 3, columns: 4, showsColorbar: false)
    // 22 columns shrink to 20 (5 a column); 6 rows already give each row 4 half-pixels.
    #expect(
      matrix.lines(width: 24, height: 8, mode: .ascii) == [
        " |     .....::::::::::  ",
        "0|     .....::::::::::  ",
        " |-----=====+++++*****  ",
        "1|-----=====+++++*****  ",
        "2|##########%%%%%@@@@@  ",
        " |##########%%%%%@@@@@  ",
        " +--+----+----+----+--  ",
        "    0    1    2    3    ",
      ])
  }

  @Test func confusionMatrixShowsItsNumbers() {
    let matrix = Heatmap(
      values: [5, 1, 2, 7], rows: 2, columns: 2, colormap: .blues, showsValues: true,
      rowLabels: ["cat", "dog"], columnLabels: ["cat", "dog"])
    #expect(
      matrix.lines(width: 20, height: 6) == [
        "                    ",
        "cat   5    1        ",
        "                    ",
        "dog   2    7        ",
        "     cat  dog       ",
        "                    ",
      ])
    let grid = matrix.render(width: 20, height: 6)
    #expect(grid[6, 1].style.background == Colormap.blues.color(at: 4.0 / 6))
    #expect(grid[6, 1].style.foreground == .ansi(15))
    #expect(grid[11, 1].style.foreground == .black)
    #expect(matrix.summary == "diagonal 12 of 15 (80.0%)")
  }

  @Test func decisionRegionsCountMisclassifiedPoints() {
    // p(class 1) = x on [0, 1]^2: points left of 0.5 should be class 0.
    let values = (0..<100).map { Double($0 % 10) / 9 }
    let points = ScatterSeries(
      x: [0.1, 0.2, 0.8, 0.9, 0.3, 2], y: [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
      classes: [0, 0, 1, 1, 1, 0])
    let regions = Heatmap(
      values: values, rows: 10, columns: 10, colormap: .spectral, xRange: 0...1, yRange: 0...1,
      origin: .lower, points: points)
    #expect(
      regions.summary == "boundary: 1 of 5 training points misclassified, 1 outside the field")
    let lines = regions.lines(width: 30, height: 10, mode: .monochrome)
    #expect(lines.joined().contains("●") && lines.joined().contains("×"))
  }

  @Test func specialValues() {
    let empty = Heatmap(values: [], rows: 0, columns: 0)
    #expect(empty.summary == "heat map: no data")
    #expect(empty.lines(width: 20, height: 6).count == 6)
    let withNaN = Heatmap(values: [1, .nan, 3, 3], rows: 2, columns: 2)
    #expect(
      withNaN.summary == "2x2 heat map from 1 to 3, largest at row 1, column 0, 1 NaN/inf skipped")
    let constant = Heatmap(values: [2, 2, 2, 2], rows: 2, columns: 2)
    #expect(
      constant.render(width: 24, height: 6)[2, 1].style.foreground
        == Colormap.viridis.color(at: 0.5))
  }
}
