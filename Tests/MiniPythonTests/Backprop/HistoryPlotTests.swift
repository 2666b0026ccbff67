import MiniPython
import Testing
import TextPlot

/// `plot_history` through a session: the figure it draws from a history dictionary.
@Suite struct HistoryPlotTests {
  static func figures(_ source: String) -> (figures: [PlotFigure], result: RunResult) {
    let result = Session().run(source: "import backprop\n" + source)
    let figures = result.outputs.compactMap { output -> PlotFigure? in
      if case .plot(let figure) = output { return figure } else { return nil }
    }
    return (figures, result)
  }

  @Test func lossesLeftMetricsRight() {
    let (figures, result) = HistoryPlotTests.figures(
      """
      h = {'loss': [0.9, 0.5, 0.3, 0.2], 'accuracy': [0.5, 0.7, 0.8, 0.9], 'val_loss': [1.0, 0.6, 0.45, 0.5], 'val_accuracy': [0.4, 0.6, 0.7, 0.7]}
      backprop.plot_history(h)
      """)
    #expect(result.error == nil)
    #expect(figures.count == 1)
    let figure = figures[0]
    #expect(figure.rows == 1 && figure.columns == 2)
    #expect(figure.subplots.map(\.title) == ["loss", "accuracy"])
    #expect(figure.subplots.allSatisfy { $0.xLabel == "epoch" && $0.showsLegend })
    #expect(
      figure.summary
        == "loss: loss 0.9 -> 0.2 over 4 steps, still falling; val_loss 1 -> 0.5 over 4 steps, still falling | accuracy: accuracy 0.5 -> 0.9 over 4 steps, still rising; val_accuracy 0.4 -> 0.7 over 4 steps, still rising"
    )
  }

  @Test func aLossAloneIsOnePanel() {
    let (figures, result) = HistoryPlotTests.figures(
      """
      class History:
          def __init__(self):
              self.history = {'loss': [2.0, 1.0, 0.5]}
      backprop.plot_history(history=History())
      """)
    #expect(result.error == nil)
    #expect(figures.map(\.summary) == ["loss: loss 2 -> 0.5 over 3 steps, still falling"])
    #expect(figures.first?.subplots.first?.showsLegend == false)
  }

  @Test(arguments: [
    (
      "backprop.plot_history([1, 2])",
      "TypeError: plot_history() takes what model.fit returns, or its .history dict, not list"
    ),
    ("backprop.plot_history({})", "ValueError: the history is empty: there is nothing to plot"),
    (
      "backprop.plot_history({'loss': 'low'})",
      "TypeError: history['loss'] must be a list of numbers, one per epoch, not str"
    ),
  ])
  func errorsSayWhatIsExpected(_ line: String, _ expected: String) {
    #expect(HistoryPlotTests.figures(line + "\n").result.error?.lastLine == expected)
  }
}
