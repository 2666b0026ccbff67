/// Why the full-screen terminal could not start.
public enum TerminalError: Error, Equatable, Sendable {
  /// Standard input or output is not a terminal (piped, or run by CI).
  case notATerminal
  /// ncurses could not set up the terminal, for example an unknown `TERM`.
  case cannotInitialize(term: String)
}

// MARK: - Conformance

extension TerminalError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .notATerminal:
      return
        "not a terminal: the notebook needs an interactive terminal on standard input and output"
    case .cannotInitialize(let term):
      return "cannot start the terminal (TERM=\(term)); try TERM=xterm-256color"
    }
  }
}
