import Glibc
import MiniPython
import NotebookUI
import Synchronization
import TextPlot

/// A self-contained notebook with sample lessons and an echoing evaluator.
///
/// It exercises the whole front end without the interpreter or the lesson catalogue, for the
/// end-to-end tests (`backprop ui-demo`) and for trying terminals by hand.
public enum NotebookDemo {
  /// Runs the demo full screen. Returns 0, or 1 with a message when there is no terminal.
  public static func run(environment: [String: String], arguments: [String] = []) -> Int32 {
    let theme = Theme.detect(environment: environment, arguments: arguments)
    let mode = theme.colorMode
    let glyphs: Glyphs = arguments.contains("--ascii") || mode.isASCIIOnly ? .ascii : .unicode
    let state = AppState(width: 80, height: 24, lessons: lessons, theme: theme, glyphs: glyphs)
    do {
      _ = try Notebook.run(
        state, options: CursesSession.Options(colorMode: mode),
        historyPath: HistoryFile.path(environment: environment),
        complete: { _, word in names.filter { $0.hasPrefix(word) } }, handleEffect: perform)
      print("backprop: notebook closed")
      return 0
    } catch {
      print("backprop: \(error)")
      return 1
    }
  }

  /// Runs the plain line REPL with the demo's echoing evaluator (a line ending in `:` opens a block).
  /// `wait()` runs until Ctrl-C (at most 5 s) and then reports `KeyboardInterrupt`.
  public static func runLineREPL(environment: [String: String]) {
    let interrupt = InterruptFlag()
    LineREPL.run(
      historyPath: HistoryFile.path(environment: environment),
      evaluate: { source in
        if source == "wait()" {
          let clock = ContinuousClock()
          let deadline = clock.now + .seconds(5)
          while !interrupt.isRaised && clock.now < deadline { usleep(10_000) }
          print(interrupt.isRaised ? "KeyboardInterrupt (in wait)" : "waited")
          return
        }
        for item in outputs(for: source) {
          if case .text(let text) = item { print(text) } else { print("(figure)") }
        }
      },
      isComplete: { !$0.hasSuffix(":") },
      complete: { _, word in names.filter { $0.hasPrefix(word) } },
      interrupt: interrupt)
  }

  static let names = ["print", "range", "np.array", "np.zeros", "np.dot", "plt.plot", "plt.show"]

  static let lessons = [
    TreeItem(id: nil, title: "1 Neural networks"),
    TreeItem(id: "logistic", title: "Logistic regression", depth: 1, mark: .done),
    TreeItem(id: "shallow", title: "A shallow network 深度学习", depth: 1, mark: .started),
    TreeItem(id: nil, title: "2 Improving networks"),
    TreeItem(id: "init", title: "Initialisation", depth: 1),
  ]

  static func document(id: String) -> Document {
    Document(
      id: id, title: lessons.first { $0.id == id }?.title ?? id,
      blocks: [
        .heading("The sigmoid σ(z) = 1/(1+e⁻ᶻ)"),
        .paragraph(
          "Logistic regression computes ŷ = σ(wᵀx + b). 中文的文字也会按显示宽度换行。 The loss is J = −(1/m) ∑ᵢ y⁽ⁱ⁾ log ŷ⁽ⁱ⁾."
        ),
        .code("x = 3\nprint(x * 2)"),
        .paragraph("Run the cell above with Enter; plot a curve with the next one."),
        .code("plt.plot([1, 4, 9])\nplt.show()"),
      ])
  }

  /// Echoes source back; `plot` in the source answers with a small figure; a line ending in `:`
  /// asks for more; `train()` reports a loss curve 20 times a second for 10 s until interrupted.
  static func perform(_ effect: Effect, inbox: EventInbox) {
    switch effect {
    case .evaluate(let source, _) where source == "train()":
      isStopRequested.store(false, ordering: .relaxed)
      Task.detached { await train(reportingTo: inbox) }
    case .interrupt:
      isStopRequested.store(true, ordering: .relaxed)
    case .openLesson(let id): inbox.post(.lessonOpened(document(id: id)))
    case .evaluate(let source, let allowsContinuation):
      if allowsContinuation && source.hasSuffix(":") {
        inbox.post(.needsMoreInput)
        return
      }
      inbox.post(.output(outputs(for: source), isFinished: true))
    case .runCell(_, _, let source): inbox.post(.output(outputs(for: source), isFinished: true))
    default: break
    }
  }

  static func outputs(for source: String) -> [OutputItem] {
    guard source.contains("plot") else { return [.text("echo: " + source)] }
    let figure = FigureView(summary: "line plot of 3 points", height: 4) { width, height, _ in
      var grid = CellGrid(width: width, height: height)
      grid.put("⠀⠀⠀⠀⢀⠔", at: GridPoint(column: 0, row: 0))
      grid.put("⠀⢀⠔⠁", at: GridPoint(column: 0, row: 1))
      grid.put("⠔⠁  plot", at: GridPoint(column: 0, row: 2))
      return grid
    }
    return [.figure(figure)]
  }

  static let isStopRequested = Atomic<Bool>(false)

  /// A fake training loop in the background: each step appends a loss and posts the curve.
  static func train(reportingTo inbox: EventInbox) async {
    var losses: [Double] = []
    for step in 0..<200 {
      if isStopRequested.load(ordering: .relaxed) {
        inbox.post(.output(progress(losses) + [.text("stopped at step \(step)")], isFinished: true))
        return
      }
      losses.append(0.05 + 0.65 / (1 + Double(step) / 5))
      inbox.post(.output(progress(losses), isFinished: false))
      try? await Task.sleep(for: .milliseconds(50))
    }
    inbox.post(.output(progress(losses) + [.text("done")], isFinished: true))
  }

  static func progress(_ losses: [Double]) -> [OutputItem] {
    let plot = LinePlot(
      series: [LineSeries("loss", y: losses)], title: "Training loss", xLabel: "step")
    return [
      .figure(FigureView(plot, height: 6)),
      .text("step \(losses.count) loss \(Int((losses.last ?? 0) * 1000))e-3"),
    ]
  }
}
