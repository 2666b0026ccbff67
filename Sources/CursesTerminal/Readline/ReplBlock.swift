/// The lines of a statement being typed at the plain REPL, and when to run them.
///
/// Python's rule: a first line runs at once when it is complete (`isComplete`); otherwise it
/// opens a block, every further line is collected, and a blank line ends and runs the block.
public struct ReplBlock: Sendable, Equatable {
  /// What to do after a line.
  public enum Step: Sendable, Equatable {
    /// Run this source.
    case evaluate(String)
    /// Ask for another line with `... `.
    case needMore
    /// Nothing (a blank line at `>>> `).
    case nothing
  }

  public private(set) var lines: [String] = []

  public init() {}

  /// `>>> `, or `... ` inside a block.
  public var prompt: String { lines.isEmpty ? ">>> " : "... " }

  /// Adds a typed line.
  public mutating func add(_ line: String, isComplete: (String) -> Bool) -> Step {
    let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" }
    if lines.isEmpty {
      if isBlank { return .nothing }
      if isComplete(line) { return .evaluate(line) }
      lines = [line]
      return .needMore
    }
    guard isBlank else {
      lines.append(line)
      return .needMore
    }
    defer { lines = [] }
    return .evaluate(lines.joined(separator: "\n"))
  }

  /// Forgets the open block (Ctrl-C).
  public mutating func reset() {
    lines = []
  }
}
