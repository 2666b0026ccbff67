// Times the notebook's render path in release mode: `swift run -c release UIBenchmarks`.
//
// Goals (issue "The notebook"): first frame within 100 ms of start; a key press to the next frame
// under 16 ms on a 200x60 terminal with a plot on screen. The terminal is a MemoryTerminal, so the
// figures cover update + render + handing the frame over; the ncurses diff is approximated by
// counting changed cells (the real one writes only those).
import LessonKit
import NotebookUI
import TextPlot

/// A deterministic noisy loss curve, as in PlotBenchmarks.
func lossCurve(count: Int) -> [Double] {
  var state: UInt64 = 42
  return (0..<count).map { i in
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    let noise = Double(state >> 11) / Double(1 << 53) - 0.5
    return (0.05 + 0.65 / (1 + Double(i) / 500)) * (1 + 0.3 * noise)
  }
}

/// Milliseconds of each run of `body`, sorted.
func timings(runs: Int, _ body: () -> Void) -> [Double] {
  let clock = ContinuousClock()
  return (0..<runs).map { _ in
    let start = clock.now
    body()
    let elapsed = clock.now - start
    return Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
  }.sorted()
}

func report(_ name: String, _ times: [Double], goal: Double) {
  let median = times[times.count / 2]
  let p99 = times[min(times.count - 1, times.count * 99 / 100)]
  let verdict = median < goal ? "ok" : "over"
  print(
    "\(name.padding(48)) median \(format(median)) ms  p99 \(format(p99)) ms  (goal: median < \(format(goal)) ms, \(verdict))"
  )
}

func format(_ value: Double) -> String {
  let hundredths = Int((abs(value) * 100).rounded())
  let fraction = hundredths % 100
  let sign = value < 0 && hundredths > 0 ? "-" : ""
  return "\(sign)\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}

extension String {
  func padding(_ width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - count))
  }
}

let clock = ContinuousClock()
let start = clock.now
let catalog = LessonCatalog.embedded
let catalogTime = clock.now - start
print(
  "UI benchmarks (release build expected); catalogue of \(catalog.lessons.count) lessons loaded in \(catalogTime)"
)

// First frame: state from the catalogue, a runtime on a memory terminal that ends after one frame.
report(
  "first frame, 200x60 (catalogue to frame)",
  timings(runs: 50) {
    let state = AppState(
      width: 200, height: 60, lessons: TreeItem.rows(for: LessonCatalog.embedded, progress: [:]))
    var running = state
    let terminal = MemoryTerminal(width: 200, height: 60)
    Runtime(terminal: terminal, lineEditor: MemoryLineEditor(), handleEffect: { _, _ in }).run(
      &running)
    precondition(terminal.frames.count == 1, "one frame expected, got \(terminal.frames.count)")
  }, goal: 100)

// Key to frame with a 10,000-point loss plot under a cell, lesson scrolled to show it.
let plot = LinePlot(
  series: [LineSeries("loss", y: lossCurve(count: 10_000))], title: "Training loss", xLabel: "step",
  yScale: .log10)
let figure = FigureView(plot, height: 20)
let prose = String(
  repeating: "Gradient descent takes a step against the gradient of the loss. 梯度下降。 ", count: 6)
let document = Document(
  id: "bench", title: "Benchmark lesson",
  blocks: [.heading("Training")] + Array(repeating: .paragraph(prose), count: 3)
    + [.code("for step in range(1000):\n    train(step)"), .output([.figure(figure)])]
    + Array(repeating: .paragraph(prose), count: 6))
for (width, height) in [(200, 60), (80, 24)] {
  var state = AppState(
    width: width, height: height, lessons: TreeItem.rows(for: catalog, progress: [:]))
  _ = update(&state, with: .lessonOpened(document))
  state.scroll(.lesson, by: 8)  // the plot in view, room to scroll both ways
  var screen = Screen(width: 0, height: 0)
  render(state, into: &screen)
  var changed = 0
  var keys: [Key] = [.down, .down, .up, .up]
  report(
    "key to frame, \(width)x\(height), plot on screen",
    timings(runs: 400) {
      let previous = screen
      keys.append(keys.removeFirst())
      _ = update(&state, with: .key(keys[0]))
      render(state, into: &screen)
      changed = screen.changedCells(since: previous).count
    }, goal: 16)
  print("  cells changed by the last scroll: \(changed) of \(width * height)")
}

// REPL typing: the line editor's state arriving while a plot is on screen (wide layout).
var replState = AppState(width: 200, height: 60)
_ = update(&replState, with: .lessonOpened(document))
_ = update(&replState, with: .key(.character("r")))
let editor = MemoryLineEditor()
var replScreen = Screen(width: 0, height: 0)
report(
  "REPL keystroke to frame, 200x60, plot on screen",
  timings(runs: 400) {
    for event in editor.handle(.character("x")) { _ = update(&replState, with: event) }
    render(replState, into: &replScreen)
  }, goal: 16)

// Where a 200x60 scroll spends its time (the diff is the one CursesSession.draw uses).
do {
  var state = AppState(width: 200, height: 60, lessons: TreeItem.rows(for: catalog, progress: [:]))
  _ = update(&state, with: .lessonOpened(document))
  state.scroll(.lesson, by: 8)
  var screen = Screen(width: 0, height: 0)
  render(state, into: &screen)
  var keys: [Key] = [.down, .down, .up, .up]
  report(
    "  update only, 200x60",
    timings(runs: 400) {
      keys.append(keys.removeFirst())
      _ = update(&state, with: .key(keys[0]))
    }, goal: 16)
  report("  render only, 200x60", timings(runs: 400) { render(state, into: &screen) }, goal: 16)
  let previous = screen
  report(
    "  diff only, 200x60",
    timings(runs: 400) {
      _ = screen.changedCells(since: previous).count
    }, goal: 16)
}

// Training with the notebook drawing it: a learner's loop redrawing its cost curve, and
// model.fit's progress bar and live loss curve (skipped while the nn module has no fit).
print("\nTraining as a lesson cell with the UI rendering it at 200x60, vs the same script bare:")
reportOverhead(
  "learner loop, plt.show every 10 iterations",
  source: learnerLoop.replacing("ITERATIONS", with: "5000"))
reportOverhead("model.fit, progress after every batch", source: kerasFit.replacing("EPOCHS", with: "40"))
