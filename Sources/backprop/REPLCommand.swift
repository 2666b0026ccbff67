import ArgumentParser
import CursesTerminal
import FoundationEssentials
import Glibc
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
      evaluate: { _ = session.evaluateInteractive($0) },
      isComplete: { !Session.needsMoreInput($0) },
      complete: { line, word in session.completions(for: line).replacing(inWord: word) },
      interrupt: session.interrupt)
  }
}
