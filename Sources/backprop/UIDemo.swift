import ArgumentParser
import CursesTerminal
import FoundationEssentials
import Glibc

/// `backprop ui-demo`: the notebook front end on sample content, for trying terminals and for the
/// end-to-end tests of the UI.
struct UIDemo: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ui-demo", abstract: "Open the notebook on sample content (for testing terminals).",
    shouldDisplay: false)

  @Argument(help: "`repl` for the plain line REPL with an echoing evaluator; the notebook otherwise.")
  var mode: String?
  @OptionGroup var display: DisplayOptions
  @Flag(help: "Use the theme for light terminal backgrounds.") var light = false

  mutating func run() throws {
    if mode == "repl" {
      NotebookDemo.runLineREPL(environment: ProcessInfo.processInfo.environment)
      return
    }
    if let mode { throw CommandError("unknown demo '\(mode)'; try `repl` or nothing") }
    let status = NotebookDemo.run(
      environment: ProcessInfo.processInfo.environment,
      arguments: display.notebookArguments(light: light))
    if status != 0 { throw ExitCode(status) }
  }
}
