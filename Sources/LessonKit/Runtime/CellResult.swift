/// What running a cell produced: its outputs in order, and the error that stopped it, if any.
public struct CellResult: Sendable, Equatable {
  /// The outputs in the order they were produced.
  public var outputs: [CellOutput]
  /// The Python-style error message (traceback of the learner's own code), if the cell failed.
  public var error: String?

  /// Creates a result.
  public init(outputs: [CellOutput] = [], error: String? = nil) {
    self.outputs = outputs
    self.error = error
  }

  /// The printed text of the cell, joined, as a recorded ```` ```output ```` block holds it.
  public var text: String {
    outputs.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined()
  }

  /// Whether the cell ran to the end.
  public var succeeded: Bool { error == nil }
}

/// One output of a cell.
public enum CellOutput: Sendable, Equatable {
  /// Printed text, with its newlines.
  case text(String)
  /// A plot, already rendered as lines of text, with its one-line summary.
  case plot(lines: [String], summary: String)
}
