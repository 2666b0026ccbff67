import MiniPython
import NotebookUI
import Synchronization
import Testing
import TextPlot

@Suite struct OutputItemMiniPythonTests {
  @Test func convertsTextErrorsAndPlots() throws {
    #expect(OutputItem(.text("6\n")) == .text("6\n"))
    let error = ScriptError(typeName: "ZeroDivisionError", message: "division by zero")
    #expect(OutputItem(.diagnostic(error)) == .error("ZeroDivisionError: division by zero"))
    var plot = PlotFigure()
    plot[0, 0].plot(y: [1, 2, 3], label: "steps")
    guard case .figure(let figure) = OutputItem(.plot(plot)) else {
      Issue.record("a plot becomes a figure")
      return
    }
    #expect(figure.summary == "steps 1 -> 3 over 3 steps, still rising")
    #expect(figure.height == FigureView.defaultHeight)
    #expect(figure.draw(30, 8, .monochrome) == plot.render(width: 30, height: 8, mode: .monochrome))
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
