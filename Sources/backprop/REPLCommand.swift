import ArgumentParser
import CursesTerminal
import Foundation
import MiniPython

/// `backprop repl`: the Python subset at a `>>>` prompt, on GNU readline.
struct REPLCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl", abstract: "An interactive Python prompt with numpy, running on Backprop's core.",
    discussion: """
      History is kept across sessions; Tab completes names, attributes, module members and dict \
      keys; Ctrl-C cancels the line or interrupts running code; Ctrl-D exits.
      """)

  @OptionGroup var display: DisplayOptions

  mutating func run() throws {
    let printer = OutputPrinter(display: display.resolved())
    let session = Session(output: { printer.print($0) })
    let environment = ProcessInfo.processInfo.environment
    if isatty(STDIN_FILENO) == 1 {
      print("Backprop \(Backprop.configuration.version) — Python subset with numpy. Ctrl-D to exit.")
    }
    LineREPL.run(
      historyPath: HistoryFile.path(environment: environment),
      evaluate: { source in
        let watcher = InterruptWatcher(flag: session.interrupt)
        defer { watcher.stop() }
        _ = session.evaluateInteractive(source)
      },
      isComplete: { !Session.needsMoreInput($0) },
      complete: { line in session.completions(for: line).candidates })
  }
}

/// Raises a session's interrupt flag when the line REPL has seen Ctrl-C, while code runs.
final class InterruptWatcher: @unchecked Sendable {
  private let lock = NSLock()
  private var isRunning = true

  init(flag: InterruptFlag) {
    Thread.detachNewThread { [self] in
      while running {
        if LineREPL.isInterruptRequested { flag.raise() }
        Thread.sleep(forTimeInterval: 0.02)
      }
    }
  }

  private var running: Bool { lock.withLock { isRunning } }

  func stop() { lock.withLock { isRunning = false } }
}
