import MiniPython
import NotebookUI
import Testing
import TextPlot

@Suite struct RunOutputTests {
  /// A one-subplot figure with a cost curve, as `plt.plot(costs); plt.title(title); plt.show()` makes.
  static func costFigure(_ costs: [Double], title: String = "cost") -> PlotFigure {
    var axes = Axes(title: title, xLabel: "iteration")
    axes.plot(y: costs)
    return PlotFigure(subplots: [axes])
  }

  static func progress(epoch: Int, step: Int, loss: Double, epochLosses: [Double] = [])
    -> TrainingProgress
  {
    TrainingProgress(
      epoch: epoch, epochs: 2, step: step, steps: 4,
      metrics: [.init(name: "loss", value: loss), .init(name: "accuracy", value: 0.5)],
      epochLosses: epochLosses, elapsed: 0.012 * Double(step))
  }

  @Test func printedTextAppendsAndMerges() {
    var output = RunOutput()
    output.append(.text("a\n"))
    output.append(.text("b\n"))
    #expect(output.items() == [.text("a\nb\n")])
  }

  @Test func aRedrawnFigureReplacesTheEarlierOneInPlaceWhileTextAppends() {
    var output = RunOutput()
    output.append(.text("step 0\n"))
    output.append(.plot(Self.costFigure([1.0])))
    output.append(.text("step 100\n"))
    output.append(.plot(Self.costFigure([1.0, 0.5])))
    output.append(.text("step 200\n"))
    let latest = FigureView(Self.costFigure([1.0, 0.5]))
    #expect(
      output.items() == [.text("step 0\n"), .figure(latest), .text("step 100\nstep 200\n")])
    #expect(latest.summary == "cost: y 1 -> 0.5 over 2 steps, still falling")
  }

  @Test func aFigureOfAnotherStructureAppends() {
    var output = RunOutput()
    output.append(.plot(Self.costFigure([1.0], title: "cost")))
    output.append(.plot(Self.costFigure([0.3], title: "accuracy")))
    output.append(.plot(Self.costFigure([1.0, 0.2], title: "cost")))
    #expect(
      output.items() == [
        .figure(FigureView(Self.costFigure([1.0, 0.2], title: "cost"))),
        .figure(FigureView(Self.costFigure([0.3], title: "accuracy"))),
      ])
  }

  @Test func figuresKeepTheirViewBetweenCallsSoTheirDrawingIsCached() {
    var output = RunOutput()
    output.append(.plot(Self.costFigure([1.0, 0.5])))
    guard case .figure(let first)? = output.items().first,
      case .figure(let second)? = output.items().first
    else {
      Issue.record("expected a figure")
      return
    }
    let grid = first.grid(width: 30, height: 8, mode: .monochrome)
    #expect(second.grid(width: 30, height: 8, mode: .monochrome) == grid)
  }

  @Test func trainingProgressUpdatesOneBarAndOneCurvePerFit() {
    var output = RunOutput()
    output.append(.text("fitting\n"))
    for step in 1...4 { output.append(.progress(Self.progress(epoch: 1, step: step, loss: 0.7))) }
    output.append(.progress(Self.progress(epoch: 2, step: 1, loss: 0.5, epochLosses: [0.7])))
    let items = output.items()
    #expect(items.count == 3)
    #expect(
      items[1]
        == .text(
          "Epoch 2/2  1/4 [=======>......................]  0s 12ms/step\n"
            + "loss: 0.5000 - accuracy: 0.5000\n"))
    // A second fit in the same cell gets its own bar and curve below the first.
    output.append(.progress(Self.progress(epoch: 1, step: 1, loss: 0.9)))
    #expect(output.items().count == 5)
  }

  @Test func errorsAppendAsErrors() {
    var output = RunOutput()
    let session = Session(output: { _ in })
    let result = session.run(source: "1 / 0", fileName: "cell")
    for item in result.outputs { output.append(item) }
    guard case .error(let text)? = output.items().last else {
      Issue.record("expected an error item")
      return
    }
    #expect(text.hasSuffix("ZeroDivisionError: division by zero"))
  }
}
