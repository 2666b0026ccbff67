import Testing

@testable import TextPlot

@Suite struct LinePlotTests {
  private let falling = [1.0, 0.8, 0.6, 0.5, 0.4, 0.35, 0.3, 0.28, 0.26, 0.25]

  @Test func lossCurveLooksLikeOne() {
    let plot = LinePlot(series: [LineSeries("loss", y: falling)], title: "Loss")
    #expect(
      plot.lines(width: 24, height: 8) == [
        "            Loss        ",
        "1.0┤⠑⡄           ── loss",
        "   │ ⠈⠢⡀                ",
        "   │   ⠈⠢⡀              ",
        "0.5┤     ⠈⠑⠤⣀⣀          ",
        "   │          ⠉⠑⠢⠤⠤⠤⢄⣀⣀⣀",
        "   └┬──────────┬────────",
        "    0          5        ",
      ])
    #expect(plot.summary == "loss 1 -> 0.25 over 10 steps, still falling")
  }

  @Test func emptySeriesDrawsEmptyAxes() {
    #expect(
      LinePlot(series: [LineSeries("loss", y: [])]).lines(width: 20, height: 6) == [
        "1.0┤         ── loss",
        "   │                ",
        "0.5┤                ",
        "0.0┤                ",
        "   └┬───────┬──────┬",
        "   0.0     0.5   1.0",
      ])
    #expect(LinePlot(series: []).summary == "line plot: no data")
  }

  @Test func constantSeriesSitsOnItsTick() {
    #expect(
      LinePlot(series: [LineSeries(y: [2, 2, 2, 2])]).lines(width: 20, height: 6) == [
        "2.5┤                ",
        "   │                ",
        "2.0┤⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉",
        "1.5┤                ",
        "   └┬─────────┬─────",
        "    0         2     ",
      ])
  }

  @Test func nanAndInfinityBreakTheLine() {
    let plot = LinePlot(series: [LineSeries(y: [1, .nan, 3, .infinity, 2, 4])])
    #expect(
      plot.lines(width: 20, height: 6) == [
        "4┤                ⢀⠎",
        " │       ⠂       ⡠⠃ ",
        "2┤              ⠜   ",
        " │⡀                 ",
        " └┬──────┬──────┬───",
        "  0      2      4   ",
      ])
    #expect(plot.summary == "y 1 -> 4 over 4 steps, still rising, 2 NaN/inf skipped")
  }

  @Test func singlePointAndAllNaN() {
    #expect(
      LinePlot(series: [LineSeries(y: [5])]).lines(width: 20, height: 6) == [
        "5.5┤                ",
        "   │                ",
        "5.0┤        ⠁       ",
        "4.5┤                ",
        "   └┬───────┬──────┬",
        "  -0.5     0.0   0.5",
      ])
    let allNaN = LinePlot(series: [LineSeries(y: [.nan, .nan])])
    #expect(allNaN.lines(width: 20, height: 6)[3] == "0.0┤                ")
    #expect(allNaN.summary == "y: no data, 2 NaN/inf skipped")
  }

  @Test func tooSmallSaysSoInOneLine() {
    let plot = LinePlot(series: [LineSeries(y: falling)])
    #expect(
      plot.lines(width: 19, height: 6) == ["need 20x6 for plot "]
        + Array(repeating: String(repeating: " ", count: 19), count: 5))
    #expect(
      plot.lines(width: 30, height: 5)[0] == "need 20x6 for plot"
        + String(repeating: " ", count: 12))
    #expect(plot.lines(width: 0, height: 0) == [])
  }

  @Test func cjkTitleAndLabelsAlignByDisplayWidth() {
    let plot = LinePlot(
      series: [LineSeries("損失", y: falling)], title: "学習曲線", xLabel: "ステップ", yLabel: "値")
    let lines = plot.lines(width: 30, height: 9)
    #expect(
      lines == [
        "値           学習曲線         ",
        "1.0┤⠑⢄⡀                ── 損失",
        "   │  ⠈⠢⡀                     ",
        "   │    ⠈⠢⣀                   ",
        "0.5┤       ⠉⠒⠢⠤⣀⣀             ",
        "   │             ⠉⠉⠒⠢⠤⠤⠤⠤⢄⣀⣀⣀⣀",
        "   └┬─────────────┬───────────",
        "    0             5           ",
        "             ステップ         ",
      ])
    #expect(lines.allSatisfy { displayWidth($0) == 30 })
  }

  @Test func asciiModeUsesAMarkerPerSeries() {
    let plot = LinePlot(series: [
      LineSeries("a", y: falling), LineSeries("b", y: falling.map { $0 / 2 }),
    ])
    #expect(
      plot.lines(width: 24, height: 8, mode: .ascii) == [
        "1.0|*               ** a",
        "   | **             oo b",
        "   |   **               ",
        "0.5|ooo  *****          ",
        "   |   oooo   **********",
        "   |       ooooooooooooo",
        "   ++----------+--------",
        "    0          5        ",
      ])
  }

  @Test func logAxisHasDecadeTicks() {
    let plot = LinePlot(series: [LineSeries(y: [1, 0.1, 0.01, 0.001, 0, -1])], yScale: .log10)
    #expect(
      plot.lines(width: 24, height: 8) == [
        "     │⠑⢄                ",
        "     │  ⠣⡀              ",
        "  0.1┤   ⠈⠢⡀            ",
        "     │     ⠈⠢⡀          ",
        "     │       ⠈⠢⡀        ",
        "0.001┤         ⠑⢄       ",
        "     └┬──────┬──────┬───",
        "      0      2      4   ",
      ])
  }

  @Test func sixteenColourANSIOutput() {
    let plot = LinePlot(series: [LineSeries(y: [0, 1])], showsLegend: false)
    #expect(
      plot.render(width: 20, height: 6, mode: .palette16).ansiLines(mode: .palette16) == [
        "1.0┤            \u{1B}[0;94m⣀⠤⠒⠉\u{1B}[0m",
        "   │        \u{1B}[0;94m⣀⠤⠒⠉\u{1B}[0m    ",
        "0.5┤    \u{1B}[0;94m⣀⠤⠒⠉\u{1B}[0m        ",
        "0.0┤\u{1B}[0;94m⣀⠤⠒⠉\u{1B}[0m            ",
        "   └┬───────┬──────┬",
        "   0.0     0.5   1.0",
      ])
    #expect(
      plot.render(width: 20, height: 6, mode: .truecolor).ansiLines(mode: .truecolor)[3]
        == "0.0┤\u{1B}[0;38;2;31;119;180m⣀⠤⠒⠉\u{1B}[0m            ")
    #expect(
      plot.render(width: 20, height: 6, mode: .palette256).ansiLines(mode: .palette256)[3]
        == "0.0┤\u{1B}[0;38;5;31m⣀⠤⠒⠉\u{1B}[0m            ")
    #expect(
      plot.render(width: 20, height: 6, mode: .monochrome).ansiLines(mode: .monochrome)[3]
        == "0.0┤⣀⠤⠒⠉            ")
  }

  @Test func monochromeSeriesDifferByAttribute() {
    let plot = LinePlot(series: [LineSeries("a", y: [0, 0]), LineSeries("b", y: [1, 1])])
    let grid = plot.render(width: 24, height: 6, mode: .monochrome)
    // Series b (drawn bold) along the top row, its legend entry bold too; series a plain.
    let lines = grid.ansiLines(mode: .monochrome)
    #expect(lines[0] == "1.0┤\u{1B}[0;1m⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉\u{1B}[0m")
    #expect(lines.contains { $0.hasSuffix(" ── a") && !$0.contains("\u{1B}[0;1m──") })
    #expect(lines.contains { $0.hasSuffix("\u{1B}[0;1m──\u{1B}[0m b") })
  }

  @Test func tenThousandPointsKeepTheirSpikes() {
    var values = (0..<10_000).map { 1 / (1 + Double($0) / 1000) }
    values[5000] = 3  // a single spike must survive decimation
    let lines = LinePlot(series: [LineSeries(y: values)]).lines(width: 40, height: 10)
    let spikeColumn = lines.map { Array($0) }.first!.firstIndex {
      $0 != " " && $0 != "│" && !$0.isNumber && $0 != "."
    }
    #expect(spikeColumn != nil)
    // The spike widens the range, so the slow decline at the end counts as flat.
    #expect(
      LinePlot(series: [LineSeries(y: values)]).summary
        == "y 1 -> 0.0909 over 10000 steps, flat at the end")
  }

  @Test func limitsClipTheLine() {
    let plot = LinePlot(
      series: [LineSeries(y: [0, 10])], xLimits: 0...0.5, yLimits: 0...1, showsLegend: false)
    #expect(
      plot.lines(width: 20, height: 6) == [
        "1.0┤  ⢰⠁            ",
        "   │ ⢠⠃             ",
        "0.5┤ ⡎              ",
        "0.0┤⡜               ",
        "   └┬─────┬─────┬───",
        "   0.0   0.2   0.4  ",
      ])
  }
}
