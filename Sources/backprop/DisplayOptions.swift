import ArgumentParser
import FoundationEssentials
import Glibc
import TextPlot

/// Options shared by the commands that draw: colour and character set.
struct DisplayOptions: ParsableArguments {
  @Flag(help: "Draw without colour (also when NO_COLOR is set).") var noColor = false
  @Flag(help: "Use ASCII instead of braille and block characters.") var ascii = false

  /// These flags as the notebook reads them (`Notebook.run(arguments:)`), plus `--light`.
  func notebookArguments(light: Bool) -> [String] {
    [noColor ? "--no-color" : nil, ascii ? "--ascii" : nil, light ? "--light" : nil].compactMap { $0 }
  }

  /// The terminal's capabilities, from the environment, these flags and whether stdout is a terminal.
  func resolved() -> Display {
    let environment = ProcessInfo.processInfo.environment
    var mode = ColorMode.detect(environment: environment)
    let isTerminal = isatty(STDOUT_FILENO) == 1
    if noColor || !isTerminal { mode.depth = .monochrome }
    if ascii { mode.isASCIIOnly = true }
    return Display(mode: mode, width: Display.outputWidth(), isTerminal: isTerminal)
  }
}

/// How output is drawn: the colour mode and the width in character cells.
struct Display: Sendable {
  var mode: ColorMode
  var width: Int
  var isTerminal: Bool

  /// The width to draw at: the terminal's (at most 120 columns), else `COLUMNS`, else 80.
  static func outputWidth() -> Int {
    var width = 80
    var size = winsize()
    if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      width = Int(size.ws_col)
    } else if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
      width = columns
    }
    return min(width, 120)
  }

  /// A plot's height for this width: about half as tall as wide, as a terminal cell is tall.
  var plotHeight: Int { max(8, min(24, width / 3)) }
}
