import MiniPython
import NotebookUI
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
