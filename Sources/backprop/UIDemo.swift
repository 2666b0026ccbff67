import ArgumentParser
import CursesTerminal
import Foundation

/// `backprop ui-demo`: the notebook front end on sample content, for trying terminals and for the
/// end-to-end tests of the UI.
struct UIDemo: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ui-demo", abstract: "Open the notebook on sample content (for testing terminals).",
    shouldDisplay: false)

  @Argument(help: "`repl` for the plain line REPL with an echoing evaluator; the notebook otherwise.")
  var mode: String?
  @Flag(help: "Draw without colour.") var noColor = false
  @Flag(help: "Use ASCII instead of braille and block characters.") var ascii = false
  @Flag(help: "Use the theme for light terminal backgrounds.") var light = false

  mutating func run() throws {
    if mode == "repl" {
      NotebookDemo.runLineREPL(environment: ProcessInfo.processInfo.environment)
      return
    }
    if let mode { throw CommandError("unknown demo '\(mode)'; try `repl` or nothing") }
    let arguments = [noColor ? "--no-color" : nil, ascii ? "--ascii" : nil, light ? "--light" : nil]
    let status = NotebookDemo.run(
      environment: ProcessInfo.processInfo.environment, arguments: arguments.compactMap { $0 })
    if status != 0 { throw ExitCode(status) }
  }
}
