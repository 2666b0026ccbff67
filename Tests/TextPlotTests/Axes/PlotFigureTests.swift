import TestSupport
import Testing

@testable import TextPlot

@Suite struct PlotFigureTests {
  @Test func subplotsShareTheGridUnderOneTitle() {
    var figure = PlotFigure(rows: 1, columns: 2, title: "Run")
    figure[0, 0].plot(y: [3, 2, 1], label: "loss")
    figure[0, 1].bar(x: [0, 1], heights: [1, 2])
    let lines = figure.lines(width: 44, height: 8)
    #expect(lines[0] == "                    Run                     ")
    #expect(lines.allSatisfy { displayWidth($0) == 44 })
    #expect(
      figure.summary
        == "Run: loss 3 -> 1 over 3 steps, still falling | 2 bars from 1 to 2 (largest at x = 1)")
    #expect(figure.description == "PlotFigure(1x2, \"Run\")")
  }

  @Test func tooSmallTilesSaySo() {
    var figure = PlotFigure(rows: 2, columns: 2)
    figure[1, 1].plot(y: [1, 2])
    #expect(figure.lines(width: 30, height: 8)[4].hasPrefix("need 20x6 for"))
    #expect(PlotFigure().summary == "empty figure")
  }

  @Test func lossAndBoundarySnapshot() {
    let steps = (0..<500).map { 0.05 + 0.65 / (1 + Double($0) / 40) }
    var figure = PlotFigure(rows: 1, columns: 2, title: "Training")
    figure[0, 0] =
      LinePlot(
        series: [LineSeries("loss", y: steps)], title: "loss", xLabel: "step", yScale: .log10
      ).axes
    figure[0, 1] = Histogram(values: steps, binCount: 8, title: "losses").axes
    assertSnapshot(figure.lines(width: 80, height: 16), named: "figure-80x16")
  }
}
