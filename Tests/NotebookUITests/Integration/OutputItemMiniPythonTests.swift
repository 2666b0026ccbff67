import MiniPython
import NotebookUI
import Synchronization
import Testing
import TextPlot

@Suite struct OutputItemMiniPythonTests {
  struct Steps: PlotOutput {
    var summary: String { "3 steps" }
    func render(width: Int, height: Int) -> [String] { ["▁▄█", "\(width)x\(height)"] }
  }

  @Test func convertsTextErrorsAndPlots() throws {
    #expect(OutputItem(.text("6\n")) == .text("6\n"))
    let error = ScriptError(typeName: "ZeroDivisionError", message: "division by zero")
    #expect(OutputItem(.diagnostic(error)) == .error("ZeroDivisionError: division by zero"))
    guard case .figure(let figure) = OutputItem(.plot(Steps())) else {
      Issue.record("a plot becomes a figure")
      return
    }
    #expect(figure.summary == "3 steps")
    #expect(figure.height == FigureView.defaultHeight)
    #expect(figure.draw(6, 3, .monochrome).lines == ["▁▄█   ", "6x3   ", "      "])
  }

  @Test func textPlotFiguresKeepTheirSummary() {
    let plot = PlotFigure(title: "loss")
    let figure = FigureView(plot, height: 4)
    #expect(figure.summary == plot.summary)
    #expect(figure.draw(10, 4, .monochrome).height == 4)
  }
}

@Suite struct FigureViewTests {
  @Test func drawsOncePerSizeAndMode() {
    let calls = Mutex(0)
    let figure = FigureView(summary: "counted", height: 2) { width, height, _ in
      calls.withLock { $0 += 1 }
      return CellGrid(width: width, height: height)
    }
    let copy = figure
    _ = figure.grid(width: 10, height: 2, mode: .monochrome)
    _ = copy.grid(width: 10, height: 2, mode: .monochrome)
    #expect(calls.withLock { $0 } == 1)
    _ = figure.grid(width: 12, height: 2, mode: .monochrome)
    _ = figure.grid(width: 12, height: 2, mode: .palette256)
    #expect(calls.withLock { $0 } == 3)
  }
}
