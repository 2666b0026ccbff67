import ArgumentParser
import CursesTerminal
import Foundation

/// `backprop ui-demo`: the notebook front end on sample content, for trying terminals and for the
/// end-to-end tests of the UI.
struct UIDemo: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ui-demo", abstract: "Open the notebook on sample content (for testing terminals).",
    shouldDisplay: false)

  @Flag(help: "Draw without colour.") var noColor = false
  @Flag(help: "Use ASCII instead of braille and block characters.") var ascii = false
  @Flag(help: "Use the theme for light terminal backgrounds.") var light = false

  mutating func run() throws {
    let arguments = [noColor ? "--no-color" : nil, ascii ? "--ascii" : nil, light ? "--light" : nil]
    let status = NotebookDemo.run(
      environment: ProcessInfo.processInfo.environment, arguments: arguments.compactMap { $0 })
    if status != 0 { throw ExitCode(status) }
  }
}
