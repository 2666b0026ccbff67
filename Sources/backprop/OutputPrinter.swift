import MiniPython
import Synchronization

/// Writes a script's outputs to the process's standard streams as they are produced.
///
/// Text goes to standard output unbuffered (so training progress appears live), plots are drawn
/// as text at the terminal's width, and errors (tracebacks) go to standard error.
struct OutputPrinter: Sendable {
  var display: Display
  /// The epoch whose `Epoch n/N` header was printed last (fit's verbose=2 sends only each
  /// epoch's final event, so the header cannot wait for step 1).
  private let headed = HeaderState()

  private final class HeaderState: Sendable {
    let epoch = Mutex<Int?>(nil)
  }

  init(display: Display) {
    self.display = display
  }

  func print(_ output: Output) {
    switch output {
    case .text(let text):
      StandardStream.output.write(text)
    case .plot(let figure):
      let grid = figure.render(width: display.width, height: display.plotHeight, mode: display.mode)
      // A figure that keeps its shape (a small image) leaves empty rows at the bottom: not printed.
      let used = figure.usedHeight(width: display.width, height: display.plotHeight)
      let rows = (display.isTerminal ? grid.ansiLines(mode: display.mode) : grid.lines).prefix(used)
      StandardStream.output.write(rows.joined(separator: "\n") + "\n" + figure.summary + "\n")
    case .diagnostic(let error):
      StandardStream.error.write(error.description + "\n")
    case .progress(let progress):
      StandardStream.output.write(progressText(progress))
    }
  }

  /// On a terminal the line is redrawn in place after every batch; otherwise only each epoch's
  /// final line is printed, so logs stay short.
  private func progressText(_ progress: TrainingProgress) -> String {
    let isNewEpoch = headed.epoch.withLock { last in
      defer { last = progress.epoch }
      return last != progress.epoch || progress.step <= 1
    }
    guard display.isTerminal else {
      return progress.isEpochEnd ? progress.header + "\n" + progress.line() + "\n" : ""
    }
    let header = isNewEpoch ? progress.header + "\n" : ""
    return header + "\r\u{1B}[K" + progress.line() + (progress.isEpochEnd ? "\n" : "")
  }
}
